/**
 * In WeChat the keyboard covers the tab bar, which WeChat draws below the page, and WeChat moves the
 * page up to keep the focused box in sight: nothing for the app to hide. (The web: keyboard.ts.)
 */
export const useKeyboardUp = (): boolean => false
