import { defineConfig } from 'vitest/config'

// The scanner's tests: each drives the built command against fixture sites in Chromium. One file
// at a time, and within a file two scans at once: much of a scan is waiting (Chromium starting,
// the network going quiet, a banner's delay), which a second scan fills on two cores. The
// timeouts only catch hangs; a busy machine makes every scan slower.
export default defineConfig({
  test: {
    name: 'scanner',
    root: new URL('.', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    sequence: { concurrent: true },
    maxConcurrency: 2,
  },
})
