import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import type Chain from 'webpack-chain'
import CompressionPlugin from 'compression-webpack-plugin'
import { NormalModuleReplacementPlugin } from 'webpack'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { constants as zlib } from 'node:zlib'
import devConfig from './dev'
import prodConfig from './prod'
import { draftRefusal } from '../scripts/content/reports.mjs'
import floor from './floor.cjs'
import { FloorPolyfillsPlugin } from './floor-polyfills'
import { trimTaroApiLists } from './taro-apis'

const platform = process.env.TARO_ENV ?? 'weapp'

/**
 * `HUAQIAO_SAMPLE_DATA=<dir>`: a build for tests and screenshots with the app's data taken from that
 * folder (scripts/build/sample.mjs derives it with the town's sample facts, test/fixtures), written to
 * dist/sample/<target>. Never published.
 */
const sampleData = process.env.HUAQIAO_SAMPLE_DATA ?? null
const outputRoot = sampleData ? `dist/sample/${platform}` : `dist/${platform}`

/** The generated data the build ships (src/data, or the sample's). */
const data = <T>(name: string): T => JSON.parse(readFileSync(join(sampleData ?? join(__dirname, '..', 'src', 'data'), name), 'utf8')) as T
const report = data<{ title: string; years: { year: number; draft: boolean }[] }>('report.json')
const town = data<{ appName: string; government: string }>('town.json')

/** A production build of a year not yet reviewed stops here, saying so (npm start shows drafts, marked 草稿). */
function refuseDrafts() {
  if (process.env.NODE_ENV !== 'production') return
  const refusal = draftRefusal(report.years)
  if (refusal) throw new Error(refusal)
}
refuseDrafts()

/** In a sample build, every `…/data/<name>.json` the app imports comes from the sample folder. */
function useSampleData(chain: Chain) {
  if (!sampleData) return
  chain.plugin('sample-data').use(NormalModuleReplacementPlugin, [
    /[\\/]data[\\/][\w-]+\.json$/,
    (resource: { request: string }) => {
      resource.request = join(sampleData, resource.request.split(/[\\/]/).pop()!)
    },
  ])
}
const ARIA_ATTRIBUTES = { 'aria-role': '', 'aria-label': '', 'aria-hidden': '' }

/** The mini-program's framework chunks: Taro's runtime, React, the webpack runtime and the app entry. */
const FRAMEWORK_CHUNKS = /^(taro|vendors|runtime|app)\.js$/

/**
 * Terser keeps Chinese as UTF-8 (terser.config above), but a handful of Chinese characters (Taro's
 * error messages: 109 in taro.js, 16 in app.js) make the JS engine hold and parse a whole 100 KB
 * file as a two-byte string. These chunks are written ASCII-only (\uXXXX escapes, +374 B), so the
 * engine reads them as one-byte text. In the stand-in host (Node's V8, 41 alternating launches) the
 * app's launch went from 1.6–2.2× the bare app's to 1.17–1.27×. The text-heavy page and common chunks
 * stay UTF-8, where escapes would cost about 18 KB of the main package. The second minimizer reuses
 * Taro's Terser plugin class.
 */
function asciiOnlyFrameworkChunks(chain: Chain) {
  // Taro adds its Terser minimizer to production builds only.
  if (process.env.NODE_ENV !== 'production') return
  const terser = chain.optimization.minimizer('terserPlugin')
  const [options] = terser.get('args') as [{ terserOptions: { output?: object; format?: object } }]
  terser.tap((args) => [{ ...args[0], exclude: FRAMEWORK_CHUNKS }])
  const ascii = { ...options.terserOptions, output: { ...options.terserOptions.output, ascii_only: true } }
  chain.optimization.minimizer('terserAsciiOnly').use(terser.get('plugin'), [{ ...options, include: FRAMEWORK_CHUNKS, terserOptions: ascii }])
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'huaqiao-gov-open',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Each target gets its own folder so a weapp build never clobbers the H5 one.
    outputRoot,
    // WeChat reads aria-role / aria-label / aria-hidden on its components (base library 2.7.1+); Taro's
    // generated templates carry only the attributes a platform plugin names, so add them to every
    // component the app draws: views and text, the buttons, the tab icons and the share canvas.
    plugins: [
      [
        '@tarojs/plugin-inject',
        { components: { View: ARIA_ATTRIBUTES, Text: ARIA_ATTRIBUTES, Button: ARIA_ATTRIBUTES, Image: ARIA_ATTRIBUTES, Canvas: ARIA_ATTRIBUTES } },
      ],
      join(__dirname, 'drop-unused-templates.ts'),
    ],
    // A test build (dist/sample) can make every page fail to draw, to test the error screens
    // (src/platform/fault-probe.ts); a published build cannot.
    defineConstants: { HUAQIAO_FAULTS: JSON.stringify(Boolean(sampleData)) },
    // The H5 root-size script, as a file (see src/web/rem.js).
    // WeChat: sitemap.json says what WeChat search may index (app.config.ts sitemapLocation).
    copy: {
      patterns: platform === 'h5' ? [{ from: 'src/web/rem.js', to: `${outputRoot}/rem.js` }] : [{ from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` }],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    // Persistent cache speeds up rebuilds while editing (npm start, dev:weapp). A build that may be
    // published or tested starts afresh: after a day of edits the cache once gave a weapp whose section
    // page called a function its shared chunk no longer exported (「A.CU is not a function」, every
    // section blank), which a clean build did not. `npm run bench` turns it off too (TARO_CACHE=0).
    // webpack trusts node_modules not to change within a version, so a changed patch of a package
    // (patches/, applied by patch-package on install) must start the cache afresh.
    cache: {
      enable: process.env.TARO_CACHE !== '0' && process.env.NODE_ENV !== 'production',
      buildDependencies: { patches: [`${join(__dirname, '..', 'patches')}/`] },
      ...(sampleData ? { name: `sample-${process.env.NODE_ENV}-${platform}` } : {}),
    },
    // Taro's default escapes every Chinese character as \uXXXX (6 bytes instead of 3 in UTF-8);
    // WeChat reads UTF-8 sources, so keep the characters and halve the size of all the text.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      // WeChat templates cannot recurse, so Taro writes one set of templates per tree level into
      // base.wxml (default 16 levels, about 3 KB each). Our deepest page is 9 levels (a test keeps every
      // page under this); 10 leaves room and saves about 18 KB of the main package. A deeper tree would
      // still render, through Taro's `comp` component. (Taro's MiniPlugin reads it; its config type
      // does not list it, hence the spread.)
      ...{ baseLevel: 10 },
      // Image files stay files (Taro inlines small ones as base64 by default): WeChat documents SVG and
      // PNG files for <image>, not data URIs, and a file costs the package less than its base64 in JS.
      // (Taro's option reads `limit: true` as "inline nothing".)
      imageUrlLoaderOption: { limit: true },
      // Every class is a BEM block of its own, so stylesheet order between chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        // The engines WeChat draws pages with at the lowest base library (config/floor.cjs): iOS's
        // WebKit and Chromium-based XWeb on Android, not the web build's list.
        autoprefixer: { enable: true, config: { overrideBrowserslist: floor.weapp.engines } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        asciiOnlyFrameworkChunks(chain)
        useSampleData(chain)
        trimTaroApiLists(chain, join(__dirname, '..', 'src'))
      },
    },
    h5: {
      // The web page's title and description (src/index.html), from the town's identity (content/town.json).
      htmlPluginOption: { appName: town.appName, description: `${town.government}《${report.title}》手机版：一分钟看懂、分章阅读、惠民政策查询。` },
      // Taro's React component library (plain elements) instead of its Stencil web components: no
      // custom-element upgrade and hydration at start, and none of the web-component failures Taro
      // lists for older Android WebViews (blank pages on some OPPO/vivo phones).
      useHtmlComponents: true,
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        // The web build's floor (config/floor.cjs, package.json's browserslist): no -ms- or 2009
        // -webkit-box prefixes for browsers React 18 cannot run in.
        autoprefixer: { enable: true, config: { overrideBrowserslist: floor.h5.browsers } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        useSampleData(chain)
        chain.plugin('floor-polyfills').use(FloorPolyfillsPlugin)
        // Every page's styles in the one stylesheet index.html links, fetched beside the scripts. Left
        // per page, a deep link waits for app.js before it even asks for its page's CSS, and that
        // script-requested, render-blocking CSS holds the first paint back until the app has booted.
        // (The CSS is small and shared: about 5 KB brotli for all pages.)
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          cacheGroups: {
            ...chain.optimization.get('splitChunks')?.cacheGroups,
            styles: { name: 'styles', type: 'css/mini-extract', chunks: 'all', enforce: true, priority: 200 },
          },
        })
        // Precompressed copies beside every text asset, for hosts that serve them as they are
        // (nginx gzip_static / brotli_static, or sirv): no compression work per request.
        if (process.env.NODE_ENV === 'production') {
          const TEXT = /\.(js|css|html|json|svg|txt)$/
          chain
            .plugin('gzip')
            .use(CompressionPlugin, [
              { test: TEXT, algorithm: 'gzip', filename: '[path][base].gz', compressionOptions: { level: 9 }, threshold: 1024, minRatio: 0.9 },
            ])
          chain
            .plugin('brotli')
            .use(CompressionPlugin, [
              {
                test: TEXT,
                algorithm: 'brotliCompress',
                filename: '[path][base].br',
                compressionOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } },
                threshold: 1024,
                minRatio: 0.9,
              },
            ])
        }
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
