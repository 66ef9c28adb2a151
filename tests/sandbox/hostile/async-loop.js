// Starts an async function that never ends, then returns the right value: the interrupt that
// stops the loop is caught by the async function (it rejects its promise), and `relu` goes on.
export function relu(x) {
  (async () => {
    for (;;) {}
  })();
  return Math.max(0, x);
}
