import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { gateError } from '../helpers/gate-error.js';
import { pushImage, type PushedImage } from '../helpers/oci-push.js';

const host = inject('authRegistryHost');
const username = inject('authRegistryUser');
const password = inject('authRegistryPassword');
const repo = `auth-${randomBytes(4).toString('hex')}/app`;
const ref = parseImageReference(`${host}/${repo}:1.0`);

/** A Docker config with nothing in it, so the machine's own ~/.docker never leaks into a test. */
function dockerConfig(content: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-auth-'));
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

let image: PushedImage;

beforeAll(async () => {
  image = await pushImage(host, repo, '1.0', { user: 'svc', auth: { username, password } });
});

describe('RegistryClient against a Basic-auth registry', () => {
  it('pulls with the right credentials given explicitly', async () => {
    const logger = recordingLogger();
    const client = new RegistryClient({
      credentials: [{ registry: host, username, password }],
      dockerConfig: { path: dockerConfig({}), required: true },
      logger,
    });
    const pinned = await client.pin(ref);
    expect(pinned.digest).toBe(image.digest);
    expect(pinned.platforms[0]?.config.user).toBe('svc');
    expect(JSON.stringify(logger.lines)).not.toContain(password);
  });

  it('pulls with credentials from a Docker config file', async () => {
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    const client = new RegistryClient({
      dockerConfig: { path: dockerConfig({ auths: { [`http://${host}`]: { auth } } }), required: true },
      logger: recordingLogger(),
    });
    expect((await client.resolve(ref)).digest).toBe(image.digest);
  });

  it('fails clearly with wrong credentials, never showing the password', async () => {
    const wrong = 'not-the-password-4711';
    const logger = recordingLogger();
    const client = new RegistryClient({
      credentials: [{ registry: host, username, password: wrong }],
      dockerConfig: { path: dockerConfig({}), required: true },
      logger,
    });
    const error = await gateError(client.pin(ref));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(
      `Authentication to registry ${host} failed as "${username}" (from the given credentials) for manifest ${host}/${repo}:1.0 (HTTP 401): check the credentials and that they may pull ${repo}`,
    );
    const everything = `${error.message} ${String(error.cause)} ${JSON.stringify(logger.lines)}`;
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(Buffer.from(`${username}:${wrong}`).toString('base64'));
  });

  it('fails clearly without credentials', async () => {
    const client = new RegistryClient({ dockerConfig: { path: dockerConfig({}), required: true }, logger: recordingLogger() });
    const error = await gateError(client.resolve(ref));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(
      `Registry ${host} requires authentication to pull ${repo} and no credentials were given for it (set registry credentials or run docker login)`,
    );
  });
});
