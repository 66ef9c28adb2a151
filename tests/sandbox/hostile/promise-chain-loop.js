// Returns the right value, then spins forever in a promise callback after the call.
export function relu(x) {
  Promise.resolve()
    .then(() => x)
    .then(() => {
      while (true) {}
    });
  return Math.max(0, x);
}
