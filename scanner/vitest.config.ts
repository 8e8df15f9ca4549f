import { defineConfig } from 'vitest/config'

// The scanner's tests: each drives the built command against fixture sites in Chromium, one
// file at a time (the machine has two cores).
export default defineConfig({
  test: {
    name: 'scanner',
    root: new URL('.', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
})
