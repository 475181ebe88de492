/**
 * How long a page that has just shown is still sliding in, with the page it covers still under the
 * finger. The web build has no slide (app.config.ts: animation off for H5), so none. (WeChat: slide.weapp.ts.)
 */
export const SLIDE_IN_MS = 0
