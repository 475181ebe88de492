// A second floor for the report home: the bare Taro app with this app's first screen written into its
// index.html exactly as this app's build writes it (the app's stylesheet in the head, the first
// screen's styles and markup), and none of this app's scripts. It paints the same screen of Chinese
// text and then runs only the bare app. Lighthouse against it tells apart what laying out that text
// costs (the bare app's one line, "Hello world!", costs almost nothing) from what this app's own
// code costs (docs/h5-speed.md).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { firstScreenBlocks } from '../build/first-screen-html.mjs'
import { inlinedStylesheet } from '../build/inline-head.mjs'
import { precompress, precompressFile } from '../lib/precompress.mjs'

/** The bare app's index.html carrying the first screen of the app's index.html. */
export function withTextFloor(bareHtml, appHtml) {
  const { style, markup } = firstScreenBlocks(appHtml)
  const stylesheet = inlinedStylesheet(appHtml)
  if (!stylesheet) throw new Error("text-floor: the app's index.html has no inlined stylesheet")
  if (!bareHtml.includes('</head>') || !bareHtml.includes('<div id="app">'))
    throw new Error('text-floor: the bare app\'s index.html has no </head> or <div id="app">')
  return bareHtml.replace('</head>', () => `${stylesheet}${style}</head>`).replace('<div id="app">', () => `${markup}<div id="app">`)
}

/** Writes the text floor into `outDir`: the bare app's build with withTextFloor's index.html, precompressed. */
export function writeTextFloor({ appDir, bareDir, outDir }) {
  rmSync(outDir, { recursive: true, force: true })
  cpSync(bareDir, outDir, { recursive: true })
  const file = join(outDir, 'index.html')
  writeFileSync(file, withTextFloor(readFileSync(file, 'utf8'), readFileSync(join(appDir, 'index.html'), 'utf8')))
  precompressFile(file)
  precompress(outDir)
}
