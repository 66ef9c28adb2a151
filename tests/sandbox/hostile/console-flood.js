// 100 MB of console output, then the right answer.
export function relu(x) {
  const line = 'x'.repeat(1 << 20);
  for (let i = 0; i < 100; i++) console.log(line);
  return Math.max(0, x);
}
