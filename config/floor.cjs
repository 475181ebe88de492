// The oldest phone each build claims to run on: one place that the builds (babel.config.js,
// config/index.ts), the lint (.eslintrc.cjs), the tests (scripts/lib/floor-builtins.mjs) and the README
// read. Raise a floor only with a reason written in the README.
const { getBrowsersList, getPolyfillInfo } = require('miniprogram-compat')
const { browserslist } = require('../package.json')

/**
 * The lowest WeChat base library: 2.20.1 is the first with getAppBaseInfo, from which 长辈模式 follows
 * WeChat's own font size. Keep the mini-program admin's 基础库最低版本设置 at the same version.
 */
const WEAPP_MIN_BASE_LIBRARY = '2.20.1'

const polyfills = getPolyfillInfo(WEAPP_MIN_BASE_LIBRARY)

module.exports = {
  weapp: {
    baseLibrary: WEAPP_MIN_BASE_LIBRARY,
    /** The JavaScript engines WeChat runs that base library on, from WeChat's own table (npm miniprogram-compat). */
    engines: getBrowsersList(WEAPP_MIN_BASE_LIBRARY),
    /** The core-js 3 modules the base library itself adds to those engines (same table). */
    polyfills: polyfills.coreJsModules,
    coreJsVersion: polyfills.coreJsVersion,
  },
  h5: {
    /**
     * The browsers the web build claims (package.json's browserslist, which Babel and Autoprefixer
     * read): Chrome 53 and iOS 11, the same engines as the mini-program's floor. React 18 needs
     * ES2015's Map, Set, Symbol and Promise, which Android 4's own browser (Chrome 30–33) does not have;
     * WeChat's in-app browser on older Android phones (the X5/TBS kernel, user agent
     * 「Chrome/53.0.2785.49 … MQQBrowser/6.2 TBS/043…」) and Android 5+'s WebView are Chrome 53 or newer.
     */
    browsers: browserslist,
    /**
     * The core-js modules the web build adds where the browser lacks them: Taro's web components call
     * Object.entries as the app starts (Chrome 54+). rem.js loads them (polyfills.js, written by the
     * build from core-js: config/floor-polyfills.ts) only on a browser without them.
     */
    polyfills: ['es.object.entries'],
  },
  /**
   * The newest ECMAScript edition whose built-ins every floor engine has: Chrome 53 has all of ES2016
   * (Array.prototype.includes since 47, ** since 52) and none of ES2017's Object.values/entries (54) or
   * String.prototype.padStart (57). Built-ins of later editions are missing there unless the surface
   * polyfills them (the base library's list above; the web build's own short list).
   */
  esLevel: 2016,
}
