/** The oldest phone each build claims (config/floor.cjs). */
declare const floor: {
  weapp: { baseLibrary: string; engines: string[]; polyfills: string[]; coreJsVersion: string }
  h5: { browsers: string[]; polyfills: string[] }
  esLevel: number
}
export = floor
