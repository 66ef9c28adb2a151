export function relu(x) {
  const result = [0];
  Object.defineProperty(result, 0, {
    get() {
      throw new Error('getter says no');
    },
  });
  return result;
}
