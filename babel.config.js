// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
//
// The syntax each build is compiled to is its floor (config/floor.cjs): the mini-program's, the engines
// WeChat runs its lowest base library on (WeChat's own table, npm miniprogram-compat); the H5's,
// package.json's browserslist. Built-ins are not polyfilled: the lint keeps newer ones out of src/.
const floor = require('./config/floor.cjs')

const targets = process.env.TARO_ENV === 'weapp' ? { targets: floor.weapp.engines } : {}

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...targets }]],
}
