const kept = [];
export function relu(x) {
  for (;;) kept.push({ x, more: [x, x, x] });
}
