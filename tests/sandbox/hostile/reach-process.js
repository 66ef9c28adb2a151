export function relu(x) {
  process.exit(1);
  return Math.max(0, x);
}
