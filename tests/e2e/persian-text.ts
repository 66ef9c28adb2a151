// What a reader of a Persian report reads, sorted by what may be written left to right, for
// the test that looks for English left in Persian pages (persian-report.test.ts). A page's
// text falls in four parts: prose (what the page's direction lays out), isolated runs (marked
// left to right: math, values, names from code), code (code, the student's own text, as
// `<code>`/`<pre>` or Markdown code spans and fences) and the roster's own text (names,
// sections, in elements of their own direction, dir="auto").
import { parse } from 'parse5';
import { splitLtrRuns } from '../../grader/report/bidi.ts';

export interface ReadText {
  /** Text laid out in the page's direction. */
  readonly prose: string[];
  /** Runs isolated left to right (dir="ltr", LRI…PDI). */
  readonly isolated: string[];
  /** Code and the student's own text. */
  readonly code: string[];
  /** Attributes a reader meets: aria-label, title, alt, and data-label (a stacked table's cell names on a phone). */
  readonly attributes: string[];
  /** Elements marked English (lang="en"): course text with no Persian. */
  readonly english: string[];
  /** The text of each block (a paragraph, a list item, a cell, a heading, an SVG text or tooltip), without its code and roster text. */
  readonly blocks: string[];
}

interface Node {
  readonly nodeName: string;
  readonly value?: string;
  readonly attrs?: readonly { name: string; value: string }[];
  readonly childNodes?: readonly Node[];
  readonly content?: Node;
}

const SHOWN_ATTRIBUTES = ['aria-label', 'title', 'alt', 'data-label'];
const CODE = new Set(['code', 'pre']);
const BLOCKS = new Set(['title', 'h1', 'h2', 'h3', 'h4', 'p', 'li', 'dt', 'dd', 'th', 'td', 'text']);
const attribute = (node: Node, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;
const isRoster = (node: Node): boolean => attribute(node, 'dir') === 'auto' || node.nodeName === 'bdi';

export function htmlText(html: string): ReadText {
  const read: ReadText = { prose: [], isolated: [], code: [], attributes: [], english: [], blocks: [] };
  const walk = (node: Node, part: 'prose' | 'isolated' | 'code' | 'roster'): void => {
    if (node.nodeName === '#text') {
      if (part !== 'roster') read[part].push(node.value ?? '');
      return;
    }
    if (node.nodeName === 'style' || node.nodeName === 'script' || node.nodeName === '#comment') return;
    const attr = (name: string): string | undefined => attribute(node, name);
    for (const name of SHOWN_ATTRIBUTES) if (attr(name) !== undefined) read.attributes.push(attr(name)!);
    if (attr('lang') === 'en') read.english.push(textOf(node));
    // An SVG's <title> is a tooltip, the page's <title> the tab's name: both are read.
    if (BLOCKS.has(node.nodeName)) read.blocks.push(readableText(node));
    const inner = CODE.has(node.nodeName) ? 'code' : isRoster(node) ? 'roster' : attr('dir') === 'ltr' && part === 'prose' ? 'isolated' : part;
    for (const child of node.childNodes ?? []) walk(child, inner);
    if (node.content !== undefined) walk(node.content, inner);
  };
  walk(parse(html) as unknown as Node, 'prose');
  return read;
}

function textOf(node: Node): string {
  return node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('');
}

/** A block's text without its code and the roster's text: each left out leaves a space. */
function readableText(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (CODE.has(node.nodeName) || isRoster(node)) return ' ';
  return (node.childNodes ?? []).map(readableText).join('');
}

const LRI_PDI = /\u2066([^\u2069]*)\u2069/g;

/** Markdown: fences and code spans are code, LRI…PDI runs isolated, the rest prose; `blocks` its lines without code, as a reader sees them. */
export function markdownText(markdown: string): Pick<ReadText, 'prose' | 'isolated' | 'code' | 'blocks'> {
  const code: string[] = [];
  const isolated: string[] = [];
  const take = (into: string[]) => (whole: string, inner?: string): string => (into.push(inner ?? whole), ' ');
  const rest = markdown
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, take(code))
    .replace(/(`+)([\s\S]*?)\1/g, (whole, _fence: string, inner: string) => take(code)(whole, inner))
    .replace(LRI_PDI, (whole, inner: string) => take(isolated)(whole, inner));
  // Markdown's own syntax is no text: list numbers (a renderer numbers the list) and table rules.
  const prose = rest.split('\n').map((line) => line.replace(/^\s*\d+\.\s/, '').replace(/^\|(\s*-+:?\s*\|)+\s*$/, ''));
  const blocks = markdown
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, ' ')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[\u2066\u2069]/g, '').replace(/\\([\\`*_[\]|#~+=.)-])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  return { prose, isolated, code, blocks };
}

// Latin words given in parentheses after a Persian term, as the notes gloss one: «بخت (odds)»,
// «(محوشدگی گرادیان، vanishing gradient)».
const GLOSS = /([\u0600-\u06ff\u200c]\s*\()([^()]*)\)/g;
// A run with an operator, a relation or a function applied is a formula: its words are notation
// (P(class 1 | x), P(A) = favourable / possible, softmax(z − max z)).
const FORMULA = /[=|/≈≤≥<>^·×√Σ]|[A-Za-z]\(/;

/**
 * The English words of a text as a Persian reader reads it: runs of two or more Latin letters
 * in its left-to-right runs, once what is legitimately Latin is taken out: formulas, names
 * from code and files (`answers.yaml`, `sigmoid-of-logit`, `Math.max`, `zahra.mohammadi`),
 * single letters (variables, class names: x, K, A), glosses in parentheses after a Persian
 * term, and the words of `allowed`.
 */
export function englishWords(text: string, allowed: ReadonlySet<string>): string[] {
  const unglossed = text.replace(GLOSS, (_whole, before: string, inside: string) => `${before}${inside.replace(/[A-Za-z]+/g, ' ')})`);
  return splitLtrRuns(unglossed)
    .filter((run) => run.ltr && !FORMULA.test(run.text))
    .flatMap((run) => run.text.replace(/[A-Za-z0-9_]+(?:[.\-_/][A-Za-z0-9_]+)+/g, ' ').match(/[A-Za-z]{2,}/g) ?? [])
    .filter((word) => !allowed.has(word));
}
