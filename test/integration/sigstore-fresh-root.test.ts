import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import { loadTrustedRootFresh } from '../../src/adapters/sigstore/trusted-root.js';

const cacheDir = () => mkdtempSync(join(tmpdir(), 'gate-tuf-'));
const SHIPPED = 'the public-good Sigstore trusted root shipped with image-gate';

describe('loadTrustedRootFresh', () => {
  it('uses the file the user names, without asking TUF', async () => {
    const logger = recordingLogger();
    const path = join(cacheDir(), 'trusted_root.json');
    writeFileSync(path, JSON.stringify({ mediaType: 'nonsense' }));
    await expect(loadTrustedRootFresh(path, { logger, cacheDir: cacheDir(), mirrorUrl: 'http://127.0.0.1:9' })).rejects.toThrow(
      `The trusted root ${path} is not a valid Sigstore trusted root`,
    );
    expect(logger.lines).toEqual([]);
  });

  it('falls back to the shipped root when the TUF mirror cannot be reached', async () => {
    const logger = recordingLogger();
    const trust = await loadTrustedRootFresh(undefined, { logger, cacheDir: cacheDir(), mirrorUrl: 'http://127.0.0.1:9' });
    expect(trust.origin).toBe(SHIPPED);
    expect(logger.lines.map((line) => line.message).join('\n')).toContain('Could not refresh the Sigstore trusted root through TUF');
  });

  it('falls back to the shipped root when the mirror serves something that is not signed TUF metadata', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"signed": {"_type": "root"}, "signatures": []}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const logger = recordingLogger();
      const trust = await loadTrustedRootFresh(undefined, { logger, cacheDir: cacheDir(), mirrorUrl: `http://127.0.0.1:${port}` });
      expect(trust.origin).toBe(SHIPPED);
    } finally {
      server.close();
    }
  });

  it('falls back when the mirror does not answer in time', async () => {
    const server = createServer(() => {
      // never answers
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const started = Date.now();
      const trust = await loadTrustedRootFresh(undefined, {
        logger: recordingLogger(),
        cacheDir: cacheDir(),
        mirrorUrl: `http://127.0.0.1:${port}`,
        timeoutMs: 300,
      });
      expect(trust.origin).toBe(SHIPPED);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
