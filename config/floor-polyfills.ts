import { buildSync } from 'esbuild'
import type { Compiler } from 'webpack'
import floor from './floor.cjs'

/** The file rem.js loads on a browser that lacks what the web build polyfills (config/floor.cjs). */
export const POLYFILLS_FILE = 'polyfills.js'

/**
 * Writes polyfills.js into the web build: core-js's own modules for `floor.h5.polyfills`, bundled and
 * minified at build time. Only an old browser fetches it (rem.js), so it costs newer phones nothing.
 */
export class FloorPolyfillsPlugin {
  apply(compiler: Compiler) {
    const { RawSource } = compiler.webpack.sources
    compiler.hooks.thisCompilation.tap('FloorPolyfillsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FloorPolyfillsPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const contents = floor.h5.polyfills.map((module) => `import 'core-js/modules/${module}.js'`).join('\n')
        const built = buildSync({
          stdin: { contents, resolveDir: __dirname, sourcefile: 'floor-polyfills.js' },
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es5',
          write: false,
          logLevel: 'error',
        })
        compilation.emitAsset(POLYFILLS_FILE, new RawSource(built.outputFiles[0].text))
      })
    })
  }
}
