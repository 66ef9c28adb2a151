import { defineConfig } from 'vitest/config';

/** Tests that load the machine on purpose (CPU hogs): they run after all the others, so that no other test shares the cores with them. */
const UNDER_LOAD = ['tests/e2e/hostile-under-load.test.ts'];
// Guards against a hang only, never a measure of speed: generous enough for a machine loaded
// many times over.
const testTimeout = 600_000;
const hookTimeout = 600_000;

export default defineConfig({
  test: {
    // Run once, for both projects.
    globalSetup: ['tests/setup/build-dist.ts'],
    // Two cores: the sandbox tests start worker threads of their own.
    maxWorkers: 2,
    projects: [
      { test: { name: 'tests', include: ['tests/**/*.test.ts'], exclude: UNDER_LOAD, testTimeout, hookTimeout } },
      { test: { name: 'under-load', include: UNDER_LOAD, testTimeout, hookTimeout, sequence: { groupOrder: 1 } } },
    ],
  },
});
