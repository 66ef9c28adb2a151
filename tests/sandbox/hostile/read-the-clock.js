export function relu(x) {
  return Date.now() > 0 ? Math.max(0, x) : 0;
}
