// Tries to survive the interrupt by catching it and looping again.
export function relu(x) {
  for (;;) {
    try {
      for (;;) {}
    } catch (e) {
      // keep going
    } finally {
      continue;
    }
  }
}
