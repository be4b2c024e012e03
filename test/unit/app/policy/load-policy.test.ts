import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../../../../src/core/model/errors.js';
import { buildPolicy } from '../../../../src/config/policy/load.js';
import { loadPolicyFile } from '../../../../src/app/policy/load-policy.js';
import { gateError } from '../../../helpers/gate-error.js';

const SOURCE = '.github/image-gate.yml';
const P256 = String(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }));

describe('loadPolicyFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'policy-load-'));
    await mkdir(join(dir, 'a-directory'));
    await writeFile(join(dir, 'good.yml'), 'mode: audit\nignore:\n  - id: CVE-1\n    reason: r\n');
    await writeFile(join(dir, 'bad.yml'), 'mode: audit\nsecrets: { fail: maybe }\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads and validates a file', async () => {
    await expect(loadPolicyFile(join(dir, 'good.yml'), { required: true })).resolves.toEqual({
      document: { mode: 'audit', ignore: [{ id: 'CVE-1', reason: 'r' }] },
      ignoreLines: [3],
    });
  });

  it('names the file and the line of a problem', async () => {
    const path = join(dir, 'bad.yml');
    await expect(loadPolicyFile(path, { required: false })).rejects.toThrow(
      `${path} line 2, column 18: secrets.fail: expected true or false, got text`,
    );
  });

  it('treats a missing default file as no policy', async () => {
    await expect(loadPolicyFile(join(dir, 'missing.yml'), { required: false })).resolves.toBeUndefined();
  });

  it('refuses a missing file that was named explicitly', async () => {
    const path = join(dir, 'missing.yml');
    const load = loadPolicyFile(path, { required: true });
    await expect(load).rejects.toBeInstanceOf(GateError);
    await expect(load).rejects.toThrow(`policy file ${path} does not exist`);
  });

  it.each([false, true])('refuses a directory (required: %s)', async (required) => {
    const path = join(dir, 'a-directory');
    await expect(loadPolicyFile(path, { required })).rejects.toThrow(`policy file ${path} is a directory, not a regular file`);
  });
});

describe('loadPolicyFile reads key files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'policy-keys-'));
    await writeFile(join(dir, 'cosign.pub'), P256);
    await writeFile(join(dir, 'not-a-key.pub'), 'hello\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const policyWithKey = async (path: string): Promise<string> => {
    const policy = join(dir, `policy-${String(Math.random()).slice(2)}.yml`);
    await writeFile(policy, `mode: audit\nsignatures:\n  keys:\n    - name: release\n      path: ${path}\n`);
    return policy;
  };

  it('into the policy', async () => {
    const policy = await policyWithKey(join(dir, 'cosign.pub'));
    const file = await loadPolicyFile(policy, { required: true });
    expect(buildPolicy(file, {}, policy).signatures.keys).toEqual([{ name: 'release', pem: P256, requireTlog: true }]);
  });

  it.each([
    ['missing', 'missing.pub', /line 4: signatures\.keys\[0\]\.path: key file .*missing\.pub does not exist/],
    ['not a key', 'not-a-key.pub', /line 4: signatures\.keys\[0\]\.path: key file .*not-a-key\.pub is not a PEM public key/],
  ])('and refuses one that is %s, naming its line', async (_name, name, message) => {
    const policy = await policyWithKey(join(dir, name));
    await expect(loadPolicyFile(policy, { required: true })).rejects.toThrow(message);
  });
});

describe('loadPolicyFile reads base signer keys', () => {
  it('reads base signer keys given by path, relative to the working directory, naming the line when it cannot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-base-'));
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    writeFileSync(join(dir, 'base.pub'), pem);
    const text = `base-image:\n  signed:\n    keys:\n      - name: vendor\n        path: ${join(dir, 'base.pub')}\n`;
    writeFileSync(join(dir, 'policy.yml'), text);
    const file = await loadPolicyFile(join(dir, 'policy.yml'), { required: true });
    const policy = buildPolicy(file, {}, SOURCE);
    expect(policy.baseImage.signed).toEqual({ mode: 'required', identities: [], keys: [{ name: 'vendor', pem, requireTlog: true }] });
    writeFileSync(join(dir, 'missing.yml'), text.replace('base.pub', 'gone.pub'));
    const error = await gateError(loadPolicyFile(join(dir, 'missing.yml'), { required: true }));
    expect(error.message).toMatch(/missing\.yml line 4: base-image\.signed\.keys\[0\]\.path: key file .*gone\.pub does not exist$/);
  });
});
