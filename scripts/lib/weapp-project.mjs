// Offline checks of the built mini-program with WeChat's own miniprogram-ci (no network, placeholder appid).
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export async function inspectWeapp(projectPath) {
  const ci = require('miniprogram-ci')
  const project = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath, privateKey: 'offline-check-only', ignores: ['node_modules/**/*'] })
  const quality = await ci.checkCodeQuality(project)
  const analysis = await ci.analyseCode(project)
  const sizeCheck = quality.find((r) => r.name === 'MAIN_PACKAGE_SIZE_LIMIT' || r.detail?.__APP__ !== undefined)
  const totalBytes = analysis.files.reduce((n, f) => n + f.size, 0)
  return { quality, files: analysis.files, mainPackageBytes: sizeCheck?.detail?.__APP__ ?? totalBytes, totalBytes }
}
