import { waitFor } from '@testing-library/react'

/** Waits until the page has rendered everything it renders after its first screen (PageShell's `later`). */
export async function untilRevealed(): Promise<void> {
  await waitFor(() => expect(document.querySelector('.page-shell[aria-busy="true"]')).toBeNull())
}
