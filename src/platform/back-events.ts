/**
 * The browser's Back (or a swipe back) on the web.
 *
 * Taro's router shows no page again when Back lands on the page still on screen (the next one had not
 * loaded yet), so navigation.ts hears it here.
 *
 * Two Backs in quick succession (a double press, 70 ms apart in a random session) reach Taro's router
 * while the page the first one returns to is still waiting to slide in: the second then unloads the
 * page already left instead, and the page it should have left stays in the document, so the next page
 * opened is never drawn (docs/taro-router-back-race.md). So a Back within BACK_SETTLE_MS of the last
 * one is held here, ahead of the router (a capture listener), and handed on once the first has
 * settled, as one Back to wherever the browser now is; no page move starts meanwhile (backHeld).
 */
export const BACK_SETTLE_MS = 450

const listeners: (() => void)[] = []
let lastBack = 0
let held: ReturnType<typeof setTimeout> | undefined
/** Events this module hands on itself: they pass straight through. */
const handedOn = new WeakSet<Event>()

function handOn(): void {
  held = undefined
  lastBack = Date.now()
  const event = new PopStateEvent('popstate', { state: window.history.state as unknown })
  handedOn.add(event)
  window.dispatchEvent(event)
}

if (typeof window !== 'undefined') {
  window.addEventListener(
    'popstate',
    (event) => {
      if (!handedOn.has(event)) {
        const since = Date.now() - lastBack
        if (held !== undefined || since < BACK_SETTLE_MS) {
          event.stopImmediatePropagation()
          clearTimeout(held)
          held = setTimeout(handOn, Math.max(0, BACK_SETTLE_MS - since))
          return
        }
        lastBack = Date.now()
      }
      for (const listener of listeners) listener()
    },
    true,
  )
}

export function onBack(listener: () => void): void {
  listeners.push(listener)
}

/** A Back is being held (see above): no page move may start until it has been handed on. */
export const backHeld = (): boolean => held !== undefined
