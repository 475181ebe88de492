// Random villager sessions on the production dist/weapp bundle under the stand-in host with WeChat's
// page stack (test/sessions). npm test runs SESSIONS_WEAPP of them (250 by default, about 20 s);
// `npm run sessions` runs the full 1,000 (README).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { OUT, readData } from '../support/weapp-bundle.mjs'
import { expectedHeadings } from '../sessions/browser-session.mjs'
import { runSessions } from '../sessions/random.mjs'
import { runWeappSession } from '../sessions/weapp-session.mjs'

describe('random villager sessions (WeChat)', () => {
  const count = Number(process.env.SESSIONS_WEAPP ?? 250)
  const headings = expectedHeadings({ report: readData('report.json'), benefits: readData('benefits.json') })
  it(`${count} seeded sessions of 40 actions, each page move 0–30 ms late: no error, at most 10 pages, no page twice in a row, no tap that does nothing`, async () => {
    const run = (seed) => runWeappSession({ root: OUT, seed, headings })
    const failures = await runSessions({ count, concurrency: 16, target: 'weapp', actions: 40, run })
    assert.equal(failures.length, 0, failures.slice(0, 3).join('\n\n') + (failures.length > 3 ? `\n… and ${failures.length - 3} more` : ''))
  })
})
