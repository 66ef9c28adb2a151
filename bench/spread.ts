/** `count` of `items`, spread evenly over them (the first, then every so many), in their order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  return Array.from({ length: Math.max(0, count) }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}
