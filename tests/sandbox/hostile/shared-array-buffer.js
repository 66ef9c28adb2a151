export function relu(x) {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  Atomics.wait(shared, 0, 0);
  return Math.max(0, x);
}
