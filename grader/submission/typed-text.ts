// Text as students type it, brought to one form before parsing: Persian (۰–۹) and
// Arabic-Indic (٠–٩) digits, the Arabic decimal separator (٫) and percent sign (٪),
// fullwidth forms, the many dashes people use as a minus, and the invisible direction
// marks a Persian keyboard leaves around numbers.

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
const FULLWIDTH_ZERO = 0xff10;

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u066b': '.', // ٫ Arabic decimal separator
  '\u066a': '%', // ٪ Arabic percent sign
  '\uff0e': '.',
  '\uff05': '%',
  '\uff0f': '/',
  '\u2044': '/', // ⁄ fraction slash
  '\u2215': '/', // ∕ division slash
  '\u2212': '-', // − minus sign
  '\u2012': '-',
  '\u2013': '-',
  '\ufe63': '-',
  '\uff0d': '-',
  '\uff0b': '+',
  '\u00d7': '×',
  '\u060c': ',', // ، Arabic comma
  '\u061b': ';', // ؛ Arabic semicolon
};

/** Zero-width and direction-control characters: invisible, and never part of a number. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;

function digitOf(code: number): string | undefined {
  for (const zero of [PERSIAN_ZERO, ARABIC_INDIC_ZERO, FULLWIDTH_ZERO]) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return undefined;
}

/** The text with every digit in ASCII, separators unified and invisible marks removed; trimmed. */
export function normaliseTyped(text: string): string {
  let out = '';
  for (const char of text.replace(INVISIBLE, '')) {
    const code = char.codePointAt(0)!;
    out += digitOf(code) ?? REPLACEMENTS[char] ?? (/\s/.test(char) ? ' ' : char);
  }
  return out.trim();
}
