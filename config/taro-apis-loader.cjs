// webpack loader (config/taro-apis.ts): Taro's list of WeChat APIs to promisify, cut to the names the
// app's code uses. Stops the build if Taro's source no longer has the list in the shape expected.
const LIST = /const needPromiseApis = new Set\(\[[^\]]*\]\);/

module.exports = function trimTaroApiList(source) {
  const { keep } = this.getOptions()
  const lists = source.match(new RegExp(LIST.source, 'g')) ?? []
  if (lists.length !== 1) throw new Error(`taro-apis-loader: expected one needPromiseApis list in ${this.resourcePath}, found ${lists.length}`)
  const names = new Set([...lists[0].matchAll(/'(\w+)'/g)].map((m) => m[1]))
  const kept = keep.filter((name) => names.has(name))
  return source.replace(LIST, () => `const needPromiseApis = new Set(${JSON.stringify(kept)});`)
}
