/**
 * Chunks that dist/index.js loads only on demand (Docker, the Actions cache, the tool cache) are not
 * exercised by every end-to-end run; each must at least load in Node 24, so a bundling problem shows here
 * and not on a user's runner.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-dist.js';

const chunksDir = join(repoRoot, 'dist/chunks');
const chunks = readdirSync(chunksDir).filter((name) => name.endsWith('.js'));

describe('dist/chunks', () => {
  it('exist', () => {
    expect(chunks.length).toBeGreaterThan(3);
  });
  it.each(chunks)('%s loads', async (name) => {
    await expect(import(pathToFileURL(join(chunksDir, name)).href)).resolves.toBeTypeOf('object');
  });
});
