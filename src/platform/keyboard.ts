import { useEffect, useState } from 'react'

/** Typing goes here: a focused text box brings up the phone's keyboard. */
const isTextBox = (element: Element | null) => element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement

/**
 * Whether the phone's keyboard is up (WeChat: keyboard.weapp.ts). A phone's browser shrinks the page's
 * viewport for the keyboard: up means a text box has focus and the viewport is under 80 % of the
 * tallest it has been at this width (a turn of the phone starts the count again).
 */
export function useKeyboardUp(): boolean {
  const [up, setUp] = useState(false)
  useEffect(() => {
    let width = 0
    let tallest = 0
    const check = () => {
      const height = window.visualViewport?.height ?? window.innerHeight
      if (window.innerWidth !== width) {
        width = window.innerWidth
        tallest = 0
      }
      tallest = Math.max(tallest, height)
      setUp(isTextBox(document.activeElement) && height < tallest * 0.8)
    }
    check()
    const viewport = window.visualViewport
    viewport?.addEventListener('resize', check)
    window.addEventListener('resize', check)
    document.addEventListener('focusin', check)
    document.addEventListener('focusout', check)
    return () => {
      viewport?.removeEventListener('resize', check)
      window.removeEventListener('resize', check)
      document.removeEventListener('focusin', check)
      document.removeEventListener('focusout', check)
    }
  }, [])
  return up
}
