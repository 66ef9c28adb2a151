// A 50 MB string as the return value.
export function relu(x) {
  return 'x'.repeat(50 * 1024 * 1024);
}
