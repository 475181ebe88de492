/** Today on the villager's phone. One place to read the clock, so tests pin it (vi.setSystemTime). */
export function today(): Date {
  return new Date()
}
