/** The web build is always the whole app. (WeChat: launch-mode.weapp.ts.) */
export const BROWSE_ONLY = false
