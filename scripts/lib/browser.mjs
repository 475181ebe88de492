// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
const PACKAGES = ['chromium', 'fonts-noto-cjk']
const INSTALL = `apt-get update && apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`

/** What the browser tests need and this machine lacks: Debian package names. */
export function missingBrowserPackages() {
  return [...(existsSync(CHROMIUM_PATH) ? [] : ['chromium']), ...(existsSync(CJK_FONT) ? [] : ['fonts-noto-cjk'])]
}

/**
 * Installs Chromium and the CJK fonts when they are missing, the way `playwright install --with-deps`
 * does: with apt-get as root, or through sudo when it needs no password; it prints the command first.
 * Where it cannot, it stops with the command to run.
 */
export function ensureBrowser({ log = console.log } = {}) {
  const missing = missingBrowserPackages()
  if (!missing.length) return
  if (process.env.CHROMIUM_PATH && missing.includes('chromium')) {
    throw new Error(`Chromium not found at CHROMIUM_PATH=${CHROMIUM_PATH}.`)
  }
  const isRoot = process.getuid?.() === 0
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
  if (!hasApt || (!isRoot && !canSudo)) {
    throw new Error(`the browser tests need ${missing.join(' and ')}. Install them with: sudo sh -c '${INSTALL}' (or set CHROMIUM_PATH).`)
  }
  const command = isRoot ? ['sh', ['-c', INSTALL]] : ['sudo', ['sh', '-c', INSTALL]]
  log(`browser tests need ${missing.join(' and ')}; installing: ${isRoot ? '' : 'sudo '}sh -c '${INSTALL}'`)
  execFileSync(command[0], command[1], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  const still = missingBrowserPackages()
  if (still.length) throw new Error(`installed, but still missing: ${still.join(', ')}`)
}

export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. \`npm test\` installs it; or run: sudo sh -c '${INSTALL}' (or set CHROMIUM_PATH).`)
  }
}

/**
 * A fresh Chromium (playwright gives each launch a temporary profile of its own). `localOnly` makes
 * every host but 127.0.0.1 unresolvable, so nothing can leave the machine; unlike intercepting each
 * request, it keeps the browser's HTTP cache and costs nothing per request.
 */
export async function launchBrowser({ localOnly = false } = {}) {
  assertChromium()
  const args = localOnly ? [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : CHROMIUM_FLAGS
  return chromium.launch({ executablePath: CHROMIUM_PATH, args })
}

/** A phone: 390×844 CSS px at 3× by default. */
export function phoneContext(browser, { width = 390, height = 844 } = {}) {
  return browser.newContext({ viewport: { width, height }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'zh-CN' })
}
