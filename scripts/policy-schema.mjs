// Regenerates policy.schema.json from src/config/policy/schema.ts: `npm exec -- node scripts/policy-schema.mjs`.
// The source is TypeScript with NodeNext `.js` imports, so it is bundled with esbuild first.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'policy-schema-'));
try {
  const outfile = join(dir, 'json-schema.mjs');
  await build({
    entryPoints: [join(root, 'src/config/policy/json-schema.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  /** @type {typeof import('../src/config/policy/json-schema.js')} */
  const { policyJsonSchemaText } = await import(pathToFileURL(outfile).href);
  const target = join(root, 'policy.schema.json');
  await writeFile(target, policyJsonSchemaText());
  console.log(`wrote ${target}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
