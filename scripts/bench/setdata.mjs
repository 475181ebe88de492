// Largest setData payload per page of the real weapp bundle (valid ids), via the stand-in host.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHost } from '../lib/weapp-host.mjs'

export async function largestSetData(root) {
  const weapp = join(root, 'dist', 'weapp')
  const data = (name) => JSON.parse(readFileSync(join(root, 'src', 'data', name), 'utf8'))
  const queries = {
    'pages/section/index': data('report.json').sections.map((s) => ({ id: s.id })),
    'pages/benefit/index': data('benefits.json').benefits.map((b) => ({ id: b.id })),
  }
  const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'))
  const routes = [...app.pages, ...app.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
  const host = createHost(weapp)
  await host.launch()
  const result = {}
  for (const route of routes) {
    let max = 0
    for (const query of queries[route] ?? [{}]) {
      const page = await host.openPage(route, query)
      max = Math.max(max, ...page.payloadBytes)
      page.close()
    }
    result[route] = max
  }
  return result
}
