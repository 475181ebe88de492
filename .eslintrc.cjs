const { floorLintRules } = require('./config/floor-builtins.cjs')

/**
 * Built-ins newer than the oldest phone either build claims (config/floor.cjs), less what that build
 * polyfills, are forbidden in the app's code: the same code runs in both.
 * es-x reads the receiver's type from TypeScript (parserOptions.project), so `list.at(-1)` is caught
 * and a Map's `.map` is not mistaken for an iterator helper.
 */
const FLOOR_RULES = Object.fromEntries(floorLintRules().map((rule) => [rule, 'error']))

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
      // Pure domain code must not depend on Taro (it is unit-tested without a renderer).
      files: ['src/domain/**'],
      rules: {
        'no-restricted-imports': ['error', { patterns: ['@tarojs/*', '../components/*', '../pages/*', '../hooks/*'] }],
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
