import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-dist.ts'],
    // Two cores: the sandbox tests start worker threads of their own.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
