// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
//
// The mini-program's code runs in WeChat's own JavaScript engines, not in a phone's browser: its syntax
// target is the lowest WeChat base library this app supports, as WeChat's own table (npm
// miniprogram-compat) gives it. 2.20.1 is the first with getAppBaseInfo, which tells the app WeChat's
// font size so 长辈模式 can follow it (src/settings/system-font-scale.weapp.ts). The H5 build keeps the
// browserslist in package.json: it opens in whatever browser a phone has.
const { getBrowsersList } = require('miniprogram-compat')

const WEAPP_MIN_BASE_LIBRARY = '2.20.1'
const targets = process.env.TARO_ENV === 'weapp' ? { targets: getBrowsersList(WEAPP_MIN_BASE_LIBRARY) } : {}

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...targets }]],
}
