function down(n) {
  return down(n + 1) + 1;
}
export function relu(x) {
  return down(x);
}
