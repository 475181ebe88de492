import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Chain from 'webpack-chain'

/**
 * The Taro APIs the app's own code names (`Taro.setClipboardData`, …), read from src/ at build time.
 * The mini-program's Taro promisifies WeChat APIs from two lists of about 150 names, among them
 * privacy interfaces this app never calls (getFuzzyLocation, getWeRunData, chooseAddress …). WeChat's
 * review reads any such name in the package as a use (NervJS/taro#11764), so those lists are cut to
 * what the app names: every other wx API is still there, bound as it is, just not turned into a promise.
 */
export function appTaroApis(srcDir: string): string[] {
  const names = new Set<string>()
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file))
  for (const file of files) {
    for (const match of readFileSync(join(srcDir, file), 'utf8').matchAll(/\bTaro\.(\w+)/g)) names.add(match[1])
  }
  return [...names].sort()
}

/** Taro's two lists (in @tarojs/shared and the WeChat platform plugin), replaced by a loader. */
const TARO_API_LISTS = /@tarojs[\\/](shared[\\/]dist[\\/](native-apis|shared\.esm)|plugin-platform-weapp[\\/]dist[\\/]runtime)\.js$/

export function trimTaroApiLists(chain: Chain, srcDir: string) {
  chain.module
    .rule('taro-api-lists')
    .test(TARO_API_LISTS)
    .use('taro-api-lists')
    .loader(join(__dirname, 'taro-apis-loader.cjs'))
    .options({ keep: appTaroApis(srcDir) })
}
