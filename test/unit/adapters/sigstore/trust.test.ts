/** Trust material and signer matching: config errors name their file or key; identity patterns are anchored. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GateError } from '../../../../src/core/model/errors.js';
import { matchIdentity } from '../../../../src/adapters/sigstore/identity-match.js';
import { parsePublicKeyRules } from '../../../../src/adapters/sigstore/keys.js';
import { loadTrustedRoot } from '../../../../src/adapters/sigstore/trusted-root.js';
import { thrownGateError } from '../../../helpers/gate-error.js';
import { createSigningKey } from '../../../helpers/sigstore-mock.js';

const dir = mkdtempSync(join(tmpdir(), 'image-gate-trust-'));

describe('loadTrustedRoot', () => {
  it('ships the public-good trusted root', () => {
    const trust = loadTrustedRoot();
    expect(trust.origin).toContain('public-good');
    expect(trust.material.certificateAuthorities.length).toBeGreaterThan(0);
    expect(trust.material.tlogs.length).toBeGreaterThan(0);
  });

  it.each([
    ['not JSON', '{', 'is not valid JSON: it ends in the middle of the document (truncated file?)'],
    ['not JSON at all', '{\n  "mediaType": x\n}', 'is not valid JSON: unexpected character (expected a JSON value) at line 2, column 16'],
    ['not a trusted root', '{"mediaType": "application/json"}', 'is not a valid Sigstore trusted root'],
    ['empty', '{"mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1"}', 'no certificate authority'],
  ])('a %s file is a config error naming the file', (_name, content, message) => {
    const path = join(dir, `${_name.replaceAll(' ', '-')}.json`);
    writeFileSync(path, content);
    const error = (() => {
      try {
        loadTrustedRoot(path);
        return undefined;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).kind).toBe('config');
    expect((error as GateError).message).toContain(message);
    expect((error as GateError).message).toContain(path);
  });
});

describe('parsePublicKeyRules', () => {
  it.each(['p256', 'p384', 'ed25519', 'rsa'] as const)('accepts %s and ids it by the sha256 of its DER SPKI', (type) => {
    const key = createSigningKey(type);
    expect(parsePublicKeyRules([{ name: type, pem: key.pem, requireTlog: false }])[0]?.keyId).toBe(key.keyId);
  });

  it('refuses a PEM that is not a public key, naming the rule', () => {
    expect(() => parsePublicKeyRules([{ name: 'release', pem: 'garbage', requireTlog: false }])).toThrow(/Public key "release"/);
  });
});

describe('matchIdentity', () => {
  const signer = { kind: 'keyless' as const, issuer: 'https://issuer.test', identity: 'evil-user@example.com' };
  it.each([
    [{ issuer: 'https://issuer.test', identityRegExp: 'user@example\\.com' }, false],
    [{ issuer: 'https://issuer.test', identityRegExp: '.*user@example\\.com' }, true],
    [{ issuer: 'https://issuer.test', identity: 'evil-user@example.com' }, true],
    [{ issuer: 'https://issuer.test', identity: 'evil-user@example.co' }, false],
    [{ issuerRegExp: 'https://issuer\\.test', identity: 'evil-user@example.com' }, true],
    [{ issuerRegExp: 'https://issuer', identity: 'evil-user@example.com' }, false],
    [{ identity: 'evil-user@example.com' }, false],
    [{ issuer: 'https://issuer.test' }, false],
  ])('%j → %s', (rule, matched) => {
    expect(matchIdentity(signer, [rule]).matched).toBe(matched);
  });

  it.each(['(', 'a)|(b', '(?=', '[', 'user@example\\.com)|(.*'])(
    'refuses the pattern %j loudly, never a silent non-match (nor a match)',
    (identityRegExp) => {
      const error = thrownGateError(() => matchIdentity(signer, [{ issuer: 'https://issuer.test', identityRegExp }]));
      expect(error.kind).toBe('config');
      expect(error.message).toMatch(/^A trusted identity or issuer pattern is not a regular expression that compiles on its own \(.+\)$/);
    },
  );

  it("compiles a rule's pattern once (alone, then anchored), however many signatures it is matched against", () => {
    const pattern = '(?:evil-)?user@example\\.com';
    const Original = RegExp;
    let compilations = 0;
    class CountingRegExp extends Original {
      constructor(source: string | RegExp, flags?: string) {
        super(source, flags);
        if (String(source).includes(pattern)) compilations++;
      }
    }
    vi.stubGlobal('RegExp', CountingRegExp);
    try {
      const rules = [{ issuer: 'https://issuer.test', identityRegExp: pattern }];
      for (let i = 0; i < 3; i++) {
        expect(matchIdentity(signer, rules).matched).toBe(true);
        expect(matchIdentity({ ...signer, identity: 'someone@example.com' }, rules).matched).toBe(false);
      }
    } finally {
      vi.unstubAllGlobals();
    }
    expect(compilations).toBe(2);
  });

  it('keeps valid patterns anchored: user@example\\.com does not match evil-user@example.com', () => {
    expect(matchIdentity(signer, [{ issuer: 'https://issuer.test', identityRegExp: 'user@example\\.com' }]).matched).toBe(false);
    expect(
      matchIdentity({ ...signer, identity: 'user@example.com' }, [{ issuer: 'https://issuer.test', identityRegExp: 'user@example\\.com' }]).matched,
    ).toBe(true);
  });
});
