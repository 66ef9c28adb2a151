export function relu(x) {
  return Math.max(0, x;
}
