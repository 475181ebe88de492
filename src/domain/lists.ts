/**
 * List helpers for built-ins the oldest phones lack (config/floor.cjs): Array.prototype.flatMap and
 * .at arrived in Chrome 69 and 92, and a stable sort in Chrome 70; the web build adds no polyfills.
 * The lint (es-x) keeps the newer ones out of src/.
 */

/** `items.flatMap(fn)`: each item's results, in order, in one list. */
export function flatMap<T, U>(items: readonly T[], fn: (item: T, index: number) => readonly U[]): U[] {
  const out: U[] = []
  items.forEach((item, index) => {
    out.push(...fn(item, index))
  })
  return out
}

/** `items.at(-1)`: the last item, or undefined for an empty list. */
export function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1]
}

/**
 * `items` sorted by `compare`, equal items in their order: Chrome before 70 (the web floor, WeChat's X5)
 * sorts more than ten items unstably, and results of equal score must keep the editors' order.
 */
export function stableSort<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compare(a.item, b.item) || a.index - b.index)
    .map(({ item }) => item)
}
