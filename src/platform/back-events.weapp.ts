/** In WeChat, Back always shows the previous page again, and its onShow ends the navigation. */
export function onBack(_listener: (movesAPage: boolean) => void, _backStillMoving: () => boolean): void {}

/** WeChat handles each Back itself: none is ever held. */
export const backHeld = (): boolean => false
