// @ts-check
// Lint with type information: typescript-eslint's strict and stylistic type-checked sets over everything we
// write (src/, test/, bench/, scripts/), the layers of src/ importing only what LAYERS allows (docs/ARCHITECTURE.md),
// adapters only through their index.ts, no import cycles, and no console output from the library code.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Each folder of src/adapters is one outside system, and its index.ts is all the rest of src/ may import from it
// (type imports and import() included), so an adapter's files can change freely behind its face. The folders are
// read, not listed, so a new adapter is covered from its first file. Tests and benchmarks may reach the files.
const adapterFaceZones = readdirSync(new URL('src/adapters/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name: adapter }) => ({
    target: ['./src/!(adapters)/**', `./src/adapters/!(${adapter})/**`],
    from: `./src/adapters/${adapter}`,
    except: ['./index.ts'],
    message: `Import the ${adapter} adapter through its face, adapters/${adapter}/index.js.`,
  }));

/**
 * The dependency rule of src/ (issue 10): what each layer may import besides itself. Core is pure and imports
 * nothing of ours; config and report build on the core model; adapters on the core (and on each other); app's
 * use cases on adapters, config and core; the shells on app, config, report and core, never on an adapter
 * directly. Files outside src/ (assets/, the bundled Sigstore trusted root) are not a layer and stay open.
 */
const LAYERS = {
  core: [],
  config: ['core'],
  report: ['core'],
  adapters: ['core'],
  app: ['adapters', 'config', 'core'],
  action: ['app', 'config', 'report', 'core'],
  cli: ['app', 'config', 'report', 'core'],
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.tmp/', 'coverage/'] },
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // The .mjs scripts and the root config files are not in tsconfig.json (it has no allowJs); they are
          // type-checked in the project service's default project instead.
          allowDefaultProject: ['*.js', '*.ts', 'bench/*.mjs', 'scripts/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      // Follow imports into TypeScript files too (the default is .js only).
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      // Sources import each other as `./x.js` (NodeNext); the files are `./x.ts`.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.mjs', '.js', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Type-only and dynamic imports count too: a layer that needs another's type depends on it.
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: Object.entries(LAYERS)
            .map(([layer, allowed]) => ({
              target: `src/${layer}`,
              // Everything in src/ but the layer itself and what it may import: a new layer is closed until listed.
              from: 'src',
              except: [layer, ...allowed].map((name) => `./${name}`),
              message: `src/${layer} may import ${allowed.length === 0 ? 'nothing of ours outside itself' : `only src/${layer} and ${allowed.map((name) => `src/${name}`).join(', ')}`} (eslint.config.js, LAYERS).`,
            }))
            .concat(
              // Every zone must sit in this one entry: a later config object that sets the rule again would replace
              // these options instead of adding to them.
              adapterFaceZones,
            ),
        },
      ],
    },
  },
  {
    rules: {
      // Numbers in messages (counts, sizes, exit codes, line numbers) read naturally as `${n}`; everything
      // else (objects, unknown, null/undefined, never) is still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => resolve()` and `(message) => core.info(message)` are the idiomatic way to pass a callback;
      // braces add nothing there. `return voidCall();` in a block and a void call used as a value are still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An empty string is how Trivy, registries and the environment say "not set" (Trivy's `"FixedVersion": ""`,
      // `DOCKER_CONFIG=`), so `text || fallback` on strings is deliberate and `??` would let "" through and change
      // what the reports say. Numbers, booleans and objects are still held to `??`.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: {
      // The library and the Action report through the injected logger / @actions/core, never the console.
      'no-console': 'error',
    },
  },
  {
    // The environment is read in the shells only (src/action, src/cli): they hand it to the run's context
    // (src/app/context.ts), which turns it into typed settings once, so nothing below a shell depends on a
    // variable nobody can see in its parameters. Child processes get the environment the shell handed over.
    files: ['src/**'],
    ignores: ['src/action/**', 'src/cli/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read the environment in the shells (src/action, src/cli) and take what is needed from the RunContext (src/app/context.ts).',
        },
      ],
    },
  },
  {
    files: ['src/**', 'bench/**', 'scripts/**'],
    rules: {
      // This stylistic rule asks for `x!` instead of `x as T`, which strict's no-non-null-assertion forbids here:
      // the two contradict each other. Where a bounds-checked index must be narrowed (the byte loops of the
      // Trivy JSON reader), `as number` stays.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: {
      // JavaScript types a JSON.parse or import() result with a JSDoc cast, `/** @type {T} */ (value)`, which
      // these two rules cannot see (the parentheses that carry it are not in the syntax tree), so the value stays
      // `any` to them. Using such a value untyped is still caught by no-unsafe-member-access, -call and -argument.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['test/**'],
    rules: {
      // A test asserts what it indexes: `rows[0]!` after `expect(rows).toHaveLength(1)` is the test's own
      // claim, and a wrong one fails the test with a TypeError, which is what a test should do.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['test/unit/**'],
    rules: {
      // The unit tier runs without services and without a network (`npm run test:unit` on a machine with no Docker):
      // what needs the registry, dockerd or a server on loopback belongs in test/integration.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vitest', importNames: ['inject'], message: "inject() reads the global setup's services: an integration test." },
            ...['node:http', 'node:https', 'node:http2', 'node:net', 'node:dgram', 'dockerode'].map((name) => ({
              name,
              message: 'A server, a socket or Docker is an integration test (test/integration).',
            })),
          ],
          patterns: [{ group: ['**/helpers/services*'], message: 'The real services are for test/integration.' }],
        },
      ],
    },
  },
);
