import { startTransition, useEffect, useState } from 'react'

/**
 * How many of `total` parts to show: none on a page's first render, then one more each task until all
 * are there (all at once when not `wanted`). PageShell uses it for what a page passes as `later`.
 *
 * A long page renders what fits on the first screen at once and the rest right after, so the first
 * setData (WeChat) or the first render (web) is small and an old phone shows the top of the page sooner.
 * Each part renders as a transition of its own: React works on it in slices of a few milliseconds,
 * and its commit and the browser's layout after it cover one part, not all of them. The report home's
 * section cards in one step were one task of about 140 ms under 4× CPU slowdown in Chromium.
 */
export function useRevealedCount(total: number, wanted = true): number {
  const [revealed, setRevealed] = useState(wanted ? 0 : total)
  const shown = wanted ? Math.min(revealed, total) : total
  useEffect(() => {
    if (shown >= total) return undefined
    const timer = setTimeout(() => startTransition(() => setRevealed((n) => n + 1)), 0)
    return () => clearTimeout(timer)
  }, [shown, total])
  return shown
}
