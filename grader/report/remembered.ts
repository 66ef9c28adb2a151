// Text made markup, remembered: a class's reports turn the same prompts, titles and labels
// into the same markup thousands of times (a prompt is the same for every student with the
// same numbers). The functions remembered are pure, so a remembered answer is the answer.
// Each table is emptied when it grows large, so a long run holds on to little.
const LIMIT = 1024;

export function remembered(markup: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = markup(text);
      if (known.size >= LIMIT) known.clear();
      known.set(text, result);
    }
    return result;
  };
}
