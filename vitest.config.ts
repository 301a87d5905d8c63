import { defineConfig } from 'vitest/config';
import { BUNDLED_ENV } from './tests/deployment.ts';

export default defineConfig({
  test: {
    // this machine has two cores: one worker builds or drives Chromium while the other runs unit tests
    maxWorkers: 2,
    projects: [
      {
        // first: while they run, tests/globalSetup.ts builds the site the other tests read
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      {
        // the build and browser tests share the sites tests/sites.ts builds once per run
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/globalSetup.ts'],
          sequence: { groupOrder: 1 },
          // what site.config.ts reads in the tests is what the bundled site was built with
          env: { ...BUNDLED_ENV },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
