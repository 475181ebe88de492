/**
 * The web build's index.html paints the report home's first screen before any script runs
 * (scripts/build/first-screen.mjs). The first page the app shows takes over from it.
 */
export function dropFirstScreen(): void {
  document.getElementById('first-screen')?.remove()
}
