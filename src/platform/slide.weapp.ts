/**
 * How long a page that has just shown is still sliding in (WeChat's native transition takes about
 * 300 ms), with the page it covers still under the finger: a double tap's second tap lands there.
 */
export const SLIDE_IN_MS = 400
