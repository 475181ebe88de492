/**
 * The web build's index.html paints the report home's first screen before any script runs
 * (scripts/build/first-screen.mjs), or, for a link to a section or a benefit, that page's heading
 * (scripts/build/link-titles.mjs). The first page the app shows takes over from either.
 */
export function dropFirstScreen(): void {
  document.getElementById('first-screen')?.remove()
  document.documentElement.classList.remove('link-screen-on', 'link-screen-large')
}
