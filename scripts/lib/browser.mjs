// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk (or set CHROMIUM_PATH).`)
  }
}

export async function launchBrowser() {
  assertChromium()
  // playwright gives each launch a fresh temporary profile of its own.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
}

/** A phone: 390×844 CSS px at 3× by default. */
export function phoneContext(browser, { width = 390, height = 844 } = {}) {
  return browser.newContext({ viewport: { width, height }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'zh-CN' })
}
