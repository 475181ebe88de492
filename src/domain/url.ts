/** `{ id: 'economy' }` → `id=economy` (values encoded, keys in the given order). */
export function toQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
}

export function withQuery(path: string, params: Record<string, string> = {}): string {
  const query = toQuery(params)
  return query ? `${path}?${query}` : path
}
