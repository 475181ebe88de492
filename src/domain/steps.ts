/**
 * `items` cut into runs of at most `size`, in order: what a page renders one step at a time below its
 * first screen (PageShell's `later`), so that no step is a long task on an old phone.
 */
export function inSteps<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`step size must be a whole number ≥ 1, not ${size}`)
  const steps: T[][] = []
  for (let start = 0; start < items.length; start += size) steps.push(items.slice(start, start + size))
  return steps
}
