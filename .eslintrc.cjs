const { floorLintRules } = require('./config/floor-builtins.cjs')

/**
 * Built-ins newer than the oldest phone either build claims (config/floor.cjs), less what that build
 * polyfills, are forbidden in the app's code: the same code runs in both.
 * es-x reads the receiver's type from TypeScript (parserOptions.project), so `list.at(-1)` is caught
 * and a Map's `.map` is not mistaken for an iterator helper.
 */
const FLOOR_RULES = Object.fromEntries(floorLintRules().map((rule) => [rule, 'error']))

/**
 * The domain's layers, lowest first: the root (town, url, route parameters, the group-message format,
 * list helpers), then report, then reader and benefits (they read the report), then search (it reads
 * the report, benefits and the reader's 繁體 table), then share (cards and payloads for the report and
 * benefits). A layer imports only what READS lists of the layers below it, never one beside or above it; nothing in the
 * domain imports the app around it.
 */
const D = './src/domain'
const APP_AROUND = [
  ...['pages', 'components', 'hooks', 'platform', 'settings', 'custom-tab-bar', 'web'].map((dir) => `./src/${dir}`),
  ...['app.tsx', 'app.config.ts', 'routes.ts', 'shares.ts', 'page-titles.ts'].map((file) => `./src/${file}`),
]
/** What each capability may import besides the root (the folder READMEs say the same); every other folder is off limits. */
const READS = {
  report: [],
  reader: ['report'],
  benefits: ['report'],
  search: ['report', 'benefits', 'reader'],
  share: ['report', 'benefits'],
}
const FOLDERS = Object.keys(READS)
/** A zone for files at `target` that may import the folders in `reads`: the other folders are refused. */
const keptTo = (target, reads) => ({
  target,
  from: FOLDERS.filter((folder) => !reads.includes(folder)).map((folder) => `${D}/${folder}`),
  message: 'A domain capability imports only the layers below it (src/domain/README.md).',
})
const DOMAIN_ZONES = [
  { target: D, from: APP_AROUND, message: 'src/domain is pure: it imports nothing of the app around it (pages, components, hooks, platform, settings, routes, shares …; src/domain/README.md).' },
  keptTo(`${D}/*.ts`, []),
  ...FOLDERS.map((folder) => keptTo(`${D}/${folder}`, [folder, ...READS[folder]])),
]

module.exports = {
  extends: ['taro/react'],
  plugins: ['react-hooks'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'warn',
    eqeqeq: ['error', 'always'],
    'no-console': 'off',
  },
  overrides: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
        'no-unused-vars': 'off',
      },
    },
    {
      files: ['src/**'],
      plugins: ['es-x'],
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: __dirname },
      rules: {
        ...FLOOR_RULES,
        // Babel leaves template literals as written (babel.config.js): Safari 10–12 cache tagged ones wrongly.
        'no-restricted-syntax': ['error', { selector: 'TaggedTemplateExpression', message: 'Tagged templates are cached wrongly by Safari 10–12, the floor (babel.config.js)' }],
      },
    },
    {
      // Pure domain code, in layers (src/domain/README.md): it depends on no renderer, page or platform
      // (it is unit-tested without one), and each capability reads only the layers below it.
      files: ['src/domain/**'],
      settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.json'] } } },
      rules: {
        'no-restricted-imports': ['error', { patterns: ['@tarojs/*', 'react', 'react-dom'] }],
        'import/no-restricted-paths': ['error', { basePath: __dirname, zones: DOMAIN_ZONES }],
      },
    },
    {
      files: ['scripts/**/*.mjs', 'test/**/*.mjs'],
      parserOptions: { sourceType: 'module', ecmaVersion: 2022, requireConfigFile: false },
      env: { node: true, es2022: true },
    },
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'src/data/'],
}
