import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/scratch-folder.ts'],
    // Builds and the real validators (Java, Chromium) take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000
  }
})
