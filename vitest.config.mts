import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      // The real web components, as the H5 build renders them.
      { find: /^@tarojs\/components$/, replacement: '@tarojs/components/lib/react' },
      // Taro's H5 APIs plus test doubles for the page hooks (they need Taro's page wrapper).
      { find: /^@tarojs\/taro$/, replacement: here('./test/support/taro.ts') },
    ],
  },
  define: {
    'process.env.TARO_ENV': JSON.stringify('h5'),
    'process.env.TARO_PLATFORM': JSON.stringify('web'),
    'process.env.FRAMEWORK': JSON.stringify('react'),
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    // Tests may make a page fail to draw (src/platform/fault-probe.ts).
    HUAQIAO_FAULTS: true,
  },
  logLevel: 'error',
  test: {
    globals: true,
    // npm test runs these beside the browser tests, where a CPU-bound property test can take well over
    // vitest's default 5 s on two busy cores; a minute still catches a hang. Speed is the bench's job.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          // Pure modules run in Node, in one module graph: the content and modules load once for all the
          // files, not once per file, and without the DOM set-up (vitest in all: 63 → 58 CPU-s; this
          // project 20). Spies are undone after each test, so none reaches the next file.
          name: 'pure',
          environment: 'node',
          isolate: false,
          restoreMocks: true,
          include: ['test/**/*.test.ts'],
          exclude: ['test/components/**', 'test/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          // Components render into a DOM of their own per file: Taro's web components register on the
          // first file's window, so without isolation 36 tests in later files found nothing rendered.
          name: 'components',
          environment: 'jsdom',
          setupFiles: [here('./test/support/setup.ts')],
          include: ['test/components/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
})
