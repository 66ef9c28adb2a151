// Checks on rendered output that do not trust the renderer: what tags and attributes are live
// in an HTML page, what it would fetch, and what of a Markdown text is outside code.

/** The tags our templates write; anything else in a page came from data. */
export const OUR_TAGS = new Set([
  '!doctype', 'html', 'head', 'meta', 'link', 'style', 'title', 'body', 'main', 'header', 'section', 'nav',
  'h1', 'h2', 'h3', 'p', 'a', 'strong', 'em', 'br', 'code', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'div', 'span',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'svg', 'symbol', 'use', 'path', 'circle', 'rect', 'line', 'text',
]);

export interface Tag {
  readonly name: string;
  readonly attributes: readonly { readonly name: string; readonly value: string }[];
}

/** Every start tag in the page, as a browser's tokenizer would see it outside <style>. */
export function tagsIn(html: string): Tag[] {
  const withoutStyle = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  const tags: Tag[] = [];
  for (const match of withoutStyle.matchAll(/<(!?[a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attributes = [...match[2]!.matchAll(/([^\s"'=/<>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => ({
      name: a[1]!.toLowerCase(),
      value: a[2] ?? a[3] ?? a[4] ?? '',
    }));
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

/** Tags we never write, and event-handler attributes: markup that came alive from data. */
export function liveMarkupFromData(html: string): string[] {
  const found: string[] = [];
  for (const tag of tagsIn(html)) {
    if (!OUR_TAGS.has(tag.name)) found.push(`<${tag.name}>`);
    for (const attribute of tag.attributes) if (attribute.name.startsWith('on')) found.push(`${tag.name}[${attribute.name}]`);
  }
  return found;
}

/** Everything the page would fetch or navigate to outside itself. */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const tag of tagsIn(html)) {
    for (const { name, value } of tag.attributes) {
      if (!['src', 'href', 'xlink:href', 'action', 'srcset', 'poster', 'data'].includes(name)) continue;
      const v = value.trim().toLowerCase();
      if (v.startsWith('#') || v.startsWith('data:')) continue;
      if (/^[a-z][a-z0-9+.-]*:/.test(v) || v.startsWith('//')) found.push(`${tag.name}[${name}=${value}]`);
    }
    if (tag.name === 'script') found.push('<script>');
  }
  if (/@import/i.test(html)) found.push('@import');
  for (const url of html.matchAll(/url\(\s*['"]?([^'")]*)/gi)) if (!url[1]!.startsWith('data:')) found.push(`url(${url[1]})`);
  return found;
}

/** A Markdown text with its fenced code blocks and code spans removed (CommonMark's rules, simplified). */
export function markdownOutsideCode(markdown: string): string {
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    if (fence === undefined) {
      const opening = /^(`{3,})/.exec(line);
      if (opening !== null) fence = opening[1];
      else kept.push(line);
    } else if (new RegExp(`^\`{${fence.length},}\\s*$`).test(line)) {
      fence = undefined;
    }
  }
  return kept.join('\n').replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
}

const VOID = new Set(['!doctype', 'meta', 'link', 'br', 'img', 'hr', 'input']);

/** Where the page's elements do not nest properly (an unclosed <td>, a stray </div>): empty when they do. */
export function nestingErrors(html: string): string[] {
  const withoutStyle = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  const open: string[] = [];
  const errors: string[] = [];
  for (const match of withoutStyle.matchAll(/<(\/?)(!?[a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g)) {
    const [, closing, rawName, , selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (VOID.has(name) || selfClosing === '/') continue;
    if (closing === '') open.push(name);
    else if (open.at(-1) === name) open.pop();
    else errors.push(`</${name}> while <${open.at(-1) ?? 'nothing'}> is open`);
  }
  return [...errors, ...open.map((name) => `<${name}> never closed`)];
}
