export function relu(x) {
  while (true) {}
}
