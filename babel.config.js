// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
//
// The syntax each build is compiled to is its floor (config/floor.cjs): the mini-program's, the engines
// WeChat runs its lowest base library on (WeChat's own table, npm miniprogram-compat); the H5's,
// package.json's browserslist. Built-ins are not polyfilled: the lint keeps newer ones out of src/.
const floor = require('./config/floor.cjs')

// Safari 10–12 cache tagged templates wrongly, so Babel rewrites every template literal for them
// (`"".concat(…)`); plain template literals work on every floor engine, and src/ has no tagged ones
// (.eslintrc.cjs forbids them), so both builds leave that rewrite out (1.3 KB of the mini-program's
// main package).
const exclude = ['transform-template-literals']
const targets = process.env.TARO_ENV === 'weapp' ? { targets: floor.weapp.engines, exclude } : { exclude }

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...targets }]],
}
