/**
 * The browser's Back (or a swipe back) on the web. Taro's router shows no page again when Back lands
 * on the page still on screen (the next one had not loaded yet), so navigation.ts hears it here.
 */
export function onBack(listener: () => void): void {
  window.addEventListener('popstate', listener)
}
