import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each a vitest project (`npm run test:unit`, `test:integration`, `test:e2e`; `npm test` runs all):
 * - unit: pure code and parsers; no services, no network, no Docker. No global setup, so it runs anywhere.
 * - integration: the real docker-registry and dockerd from the global setup, and in-process fakes.
 * - e2e: dist/ started as the runner and a terminal start it, against the same services.
 * The services start once per run even when both integration and e2e run (see test/helpers/global-setup.ts).
 */
const services = ['test/helpers/global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // On with --coverage (npm test and npm run test:unit). The pure core is judged by the unit tier alone; after
    // the layer move it was measured there at 99.9 % statements, 97.9 % branches, 99.3 % functions, 100 % lines.
    // What stays uncovered is fallbacks the types ask for and no input reaches (`?? ''` after a bounds check).
    // The thresholds sit below that so work in progress on core/ does not fail them; raise them as it lands.
    // Files that declare only types (model/base-image.ts, result.ts, subject.ts, verdict.ts) compile to nothing:
    // the text report lists them at 0 of 0, which counts for nothing in the totals or the thresholds.
    // V8's coverage cost the whole suite about 2 % (177 s against 173 s on two cores), so npm test, and with it
    // CI, always pays it.
    coverage: {
      provider: 'v8',
      include: ['src/core/**/*.ts'],
      reporter: ['text-summary'],
      thresholds: { 'src/core/**/*.ts': { statements: 99, branches: 95, functions: 97, lines: 99 } },
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], globalSetup: services } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: services } },
    ],
  },
});
