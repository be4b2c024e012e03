// Bundles src/ into dist/: the files GitHub runs (dist/index.js) and the CLI (dist/cli.js).
// `node scripts/build.mjs --check` builds into a temporary folder and fails when dist/ differs,
// so a commit can never ship a bundle that is stale against src/.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');
const root = new URL('..', import.meta.url).pathname;
const outdir = check ? mkdtempSync(join(tmpdir(), 'image-gate-dist-')) : join(root, 'dist');

if (!check) rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir,
  bundle: true,
  // Shared code goes into chunks, and dynamic imports (Docker, the cache service, the tool cache) stay
  // lazy: the gate's cold start only pays for what a run uses.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  sourcemap: false,
  minifySyntax: true,
  logLevel: 'warning',
  // ssh2 (under dockerode) tries optional native add-ons inside try/catch; left out, it uses its pure-JS
  // code, and the bundle does not depend on whether npm happened to compile them on this machine.
  external: ['*.node'],
  // Bundled CommonJS packages use require(), __filename and __dirname, which ESM does not have. The
  // banner defines them under names of our own, and `define` points the free uses at those, so a
  // module that declares its own __dirname keeps it.
  banner: {
    js: [
      "import { createRequire as __imageGateCreateRequire } from 'node:module';",
      "import { fileURLToPath as __imageGateFileURLToPath } from 'node:url';",
      "import { dirname as __imageGateDirnameOf } from 'node:path';",
      'const require = __imageGateCreateRequire(import.meta.url);',
      'const __imageGateFilename = __imageGateFileURLToPath(import.meta.url);',
      'const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);',
    ].join(' '),
  },
  define: { __filename: '__imageGateFilename', __dirname: '__imageGateDirname' },
});
chmodSync(join(outdir, 'cli.js'), 0o755);

if (check) {
  /** @param {string} dir */
  const list = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
          .sort()
      : [];
  const built = list(outdir);
  const committed = list(join(root, 'dist'));
  const differences = [
    ...built.filter((file) => !committed.includes(file)).map((file) => `missing in dist/: ${file}`),
    ...committed.filter((file) => !built.includes(file)).map((file) => `not produced by the build: dist/${file}`),
    ...built
      .filter((file) => committed.includes(file))
      .filter((file) => !readFileSync(join(outdir, file)).equals(readFileSync(join(root, 'dist', file))))
      .map((file) => `differs: dist/${file}`),
  ];
  rmSync(outdir, { recursive: true, force: true });
  if (differences.length > 0) {
    console.error(`dist/ is stale: run \`npm run build\` and commit dist/.\n  ${differences.join('\n  ')}`);
    process.exit(1);
  }
  console.log('dist/ is up to date with src/.');
}
