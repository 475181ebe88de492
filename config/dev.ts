import path from 'node:path'
import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // The dev server serves from memory at the root; production builds use relative paths ('./').
    publicPath: '/',
    // The page's Content-Security-Policy forbids eval, so no eval-based source maps in development.
    sourceMapType: 'cheap-module-source-map',
    devServer: {
      host: '127.0.0.1',
      port: 10086,
      open: false,
      // rem.js is copied into production builds; the dev server serves it from its source folder.
      static: [{ directory: path.resolve(__dirname, '..', 'src', 'web'), publicPath: '/' }],
    },
  },
} satisfies UserConfigExport<'webpack5'>
