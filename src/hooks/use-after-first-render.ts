import { useEffect, useState } from 'react'

/**
 * False for a page's first render, true from the next task. A long page renders what fits on the
 * first screen at once and the rest right after, so the first setData (WeChat) or the first render
 * (web) is small and an old phone shows the top of the page sooner.
 */
export function useAfterFirstRender(): boolean {
  const [after, setAfter] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setAfter(true), 0)
    return () => clearTimeout(timer)
  }, [])
  return after
}
