export function relu(x) {
  throw null;
}
