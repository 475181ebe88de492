/** WeChat draws pages from the package itself: there is no first screen to replace. */
export function dropFirstScreen(): void {}
