/**
 * How long a page that has just shown is still sliding in (Taro's web router takes about 300 ms), with
 * the page it covers still under the finger: a double tap's second tap lands there. (WeChat: slide.weapp.ts.)
 */
export const SLIDE_IN_MS = 400
