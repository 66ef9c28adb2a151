// Keeping results.json small. Gradescope's specification sets no number, but the file is
// uploaded and shown in the browser (each test's output in a <pre>), and a student's code can
// print a lot: every output is cut to OUTPUT_BYTES, and if the whole file is still over
// RESULTS_BYTES, the cut halves until it fits. Sizes are UTF-8 bytes (Persian text takes two
// a letter); a cut never splits a character.

/** The most one output (the submission's, or one test's) may take, in UTF-8 bytes. */
export const OUTPUT_BYTES = 32 * 1024;
/** The most the whole results.json may take, in UTF-8 bytes. */
export const RESULTS_BYTES = 1024 * 1024;
/** Below this a cut output would say nothing useful: the file is then left as it is. */
const SMALLEST_CUT = 512;

const encoder = new TextEncoder();
const bytes = (text: string): number => encoder.encode(text).length;

/** The line that ends a cut output, saying how many characters were cut, in the student's language. */
export type CutNote = (characters: number) => string;

/** `text` in at most `limit` UTF-8 bytes, the note included, cut at a character. */
export function cutOutput(text: string, limit: number, outputCutNote: CutNote): string {
  if (bytes(text) <= limit) return text;
  const characters = [...text];
  let kept = 0;
  let used = 0;
  // The note's length depends on the number of characters cut: reserve room for the longest.
  const room = limit - bytes(outputCutNote(characters.length));
  for (const character of characters) {
    const size = utf8Size(character.codePointAt(0)!);
    if (used + size > room) break;
    used += size;
    kept += 1;
  }
  return characters.slice(0, kept).join('') + outputCutNote(characters.length - kept);
}

function utf8Size(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

interface WithOutputs {
  readonly output: string;
  readonly tests: readonly { readonly output: string }[];
}

/** `results` with every output cut so that each fits OUTPUT_BYTES and the JSON fits RESULTS_BYTES. */
export function fitResults<T extends WithOutputs>(results: T, note: CutNote, serialise: (value: T) => string = (value) => JSON.stringify(value, null, 2)): T {
  let fitted = results;
  for (let limit = OUTPUT_BYTES; limit >= SMALLEST_CUT; limit = Math.floor(limit / 2)) {
    fitted = { ...results, output: cutOutput(results.output, limit, note), tests: results.tests.map((test) => ({ ...test, output: cutOutput(test.output, limit, note) })) };
    if (bytes(serialise(fitted)) <= RESULTS_BYTES) return fitted;
  }
  return fitted;
}
