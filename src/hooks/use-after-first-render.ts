import { startTransition, useEffect, useState } from 'react'

/**
 * False for a page's first render, true from the next task (true at once when not `wanted`); PageShell
 * uses it for what a page passes as `later`. A long page renders what fits on the first screen at
 * once and the rest right after, so the first setData (WeChat) or the first render (web) is small and
 * an old phone shows the top of the page sooner. The rest renders as a
 * transition: React works on it in slices of a few milliseconds and answers a tap in between,
 * instead of holding the phone for the whole render (the report home's section cards: one task of
 * about 145 ms under 4× CPU slowdown in Chromium before).
 */
export function useAfterFirstRender(wanted = true): boolean {
  const [after, setAfter] = useState(!wanted)
  useEffect(() => {
    if (after) return undefined
    const timer = setTimeout(() => startTransition(() => setAfter(true)), 0)
    return () => clearTimeout(timer)
  }, [after])
  return after
}
