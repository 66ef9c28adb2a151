// A built-in loop that never checks QuickJS's interrupt handler: only the watchdog stops it.
export function relu(x) {
  return Array.prototype.indexOf.call({ length: 2 ** 32 - 1 }, x);
}
