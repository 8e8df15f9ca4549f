import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// With CONSENTRY_DIST=1 the same unit suite runs against the built files in dist/.
const dist = !!process.env.CONSENTRY_DIST
const from = (path: string) => fileURLToPath(new URL(path, import.meta.url))
// What the build puts in each loading file: every chunk it may load (the sources have no hashes).
const chunkNames = [
  ...['check', 'presets', 'write', 'ui', 'preferences'],
  ...readdirSync('src/ui/lang').map((file) => 'lang-' + file.replace(/\.ts$/, '')),
]

export default defineConfig({
  test: {
    projects: [
      {
        resolve: {
          // Exact matches: 'consentry' must not swallow 'consentry/ui'.
          alias: [
            {
              find: /^consentry\/ui$/,
              replacement: from(dist ? './dist/ui.js' : './src/ui/index.ts'),
            },
            {
              find: /^consentry\/ui\/lang\/([a-z]+)$/,
              replacement: from(dist ? './dist/lang/$1.js' : './src/ui/lang/$1.ts'),
            },
            {
              find: /^consentry\/presets$/,
              replacement: from(dist ? './dist/presets.js' : './src/presets.ts'),
            },
            ...(['react', 'preact', 'vue'] as const).map((name) => ({
              find: new RegExp(`^consentry/${name}$`),
              replacement: from(dist ? `./dist/${name}.js` : `./src/bindings/${name}.ts`),
            })),
            {
              find: /^consentry\/server$/,
              replacement: from(dist ? './dist/server.js' : './src/server/index.ts'),
            },
            { find: /^consentry$/, replacement: from(dist ? './dist/index.js' : './src/index.ts') },
          ],
        },
        define: {
          __VERSION__: JSON.stringify('test'),
          __CHUNK_INTEGRITY__: JSON.stringify(
            Object.fromEntries(chunkNames.map((name) => [name, 'sha256-test'])),
          ),
        },
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/package/**'],
          setupFiles: ['test/setup.ts'],
          // Heavy tests (fuzzing, 100 restarts, 500 services) have a budget by count, fixed in
          // each test; their time follows the machine's. The timeout only catches a hang, far
          // above what the slowest takes on a busy 2-core machine.
          testTimeout: 60_000,
          env: { CONSENTRY_DIST: dist ? '1' : '' },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // expect.poll() waits for what the page does in its own time (chunks, gated scripts run
          // one after another): like the test timeout, its limit only catches a hang. Vitest's
          // 1 s default failed on a busy 2-core machine.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
