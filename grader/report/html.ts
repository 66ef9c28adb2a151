// HTML text for the places that build markup in code (SVG charts, the prompt subset, icons);
// templates escape through Handlebars' own `{{ }}`, whose entities these are.
import { splitLtrRuns } from './bidi.ts';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * A prompt (instructor-written Markdown with the student's numbers filled in) as safe HTML:
 * everything is escaped first, then a small subset comes back: paragraphs, line breaks,
 * `inline code` and **bold**.
 */
export function promptHtml(text: string, direction: 'ltr' | 'rtl' = 'ltr'): string {
  const paragraphs = text
    .replace(/\r\n|\r/g, '\n')
    .trim()
    .split(/\n[ \t]*\n+/);
  return paragraphs.map((paragraph) => `<p>${promptInline(paragraph.trim(), direction)}</p>`).join('\n');
}

function promptInline(paragraph: string, direction: 'ltr' | 'rtl'): string {
  const rtl = direction === 'rtl';
  return paragraph
    .split(/(`[^`\n]+`)/)
    .map((part, index) => {
      if (index % 2 === 1) return `<code${rtl ? ' dir="ltr"' : ''}>${escapeHtml(part.slice(1, -1))}</code>`;
      // In right-to-left text, math is isolated left to right (bidi.ts); `*` and line breaks end a run.
      const escaped = rtl ? splitLtrRuns(part).map((p) => (p.ltr ? `<span dir="ltr">${escapeHtml(p.text)}</span>` : escapeHtml(p.text))).join('') : escapeHtml(part);
      return escaped.replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>\n');
    })
    .join('');
}
