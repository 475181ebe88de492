/** `fn` remembered for up to `max` different arguments; past that, computed each time (memory stays bounded). */
export function memoize<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>()
  return (key) => {
    if (cache.has(key)) return cache.get(key)!
    const value = fn(key)
    if (cache.size < max) cache.set(key, value)
    return value
  }
}
