/** In WeChat, Back always shows the previous page again, and its onShow ends the navigation. */
export function onBack(_listener: () => void): void {}
