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
