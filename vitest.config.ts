import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-dist.ts'],
    // Two cores: the sandbox tests start worker threads of their own.
    maxWorkers: 2,
    // Guards against a hang only, never a measure of speed: generous enough for a machine
    // loaded many times over.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
