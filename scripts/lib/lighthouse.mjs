// Lighthouse (npm lighthouse@12, Node 20) against Debian's Chromium, one page at a time, mobile.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.mjs'

const bin = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'lighthouse')

export function runLighthouse(url, categories = ['performance', 'accessibility', 'best-practices', 'seo']) {
  const dir = mkdtempSync(join(tmpdir(), 'huaqiao-lh-'))
  const out = join(dir, 'report.json')
  const flags = [...CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f)), `--user-data-dir=${join(dir, 'profile')}`].join(' ')
  const args = [url, '--quiet', '--output=json', `--output-path=${out}`, '--form-factor=mobile', `--only-categories=${categories.join(',')}`, `--chrome-flags=${flags}`]
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`lighthouse exited ${code}: ${stderr.slice(-500)}`)
        const lhr = JSON.parse(readFileSync(out, 'utf8'))
        const score = (id) => (lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : null)
        const audit = (id) => lhr.audits[id]?.numericValue ?? null
        resolve({
          scores: Object.fromEntries(categories.map((c) => [c, score(c)])),
          lcpMs: audit('largest-contentful-paint'),
          fcpMs: audit('first-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          failedAudits: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id),
        })
      } catch (err) {
        reject(err)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  })
}
