// The Taro 4 template's config, trimmed to what a bare two-page React app needs.
const platform = process.env.TARO_ENV ?? 'weapp'

module.exports = function (merge) {
  return {
    projectName: 'bare',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    framework: 'react',
    compiler: 'webpack5',
    mini: { postcss: { pxtransform: { enable: true, config: {} } } },
    h5: { publicPath: './', staticDirectory: 'static', router: { mode: 'hash' }, output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' } },
  }
}
