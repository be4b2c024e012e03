import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildPolicy, parsePolicyText } from '../../../../src/config/policy/load.js';
import { policyFileSchema } from '../../../../src/config/policy/schema.js';
import { thrownGateError } from '../../../helpers/gate-error.js';

const SOURCE = '.github/image-gate.yml';
const pem = (type: 'ec' | 'ed25519' | 'rsa', curve?: string): string =>
  String(
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: curve ?? 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' })
      : type === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' })
        : generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }),
  );
const P256 = pem('ec');
const indented = (text: string, by: string): string =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => by + l)
    .join('\n');

const FULL = `signatures:
  mode: Optional
  sources: [referrers, github-attestations]
  trusted-root: .github/sigstore/trusted_root.json
  identities:
    - issuer: https://token.actions.githubusercontent.com
      identity-regexp: https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.*
      github: { repository: acme/app, workflow-ref: refs/tags/v1, trigger: push, runner-environment: github-hosted }
    - issuer-regexp: https://accounts\\.(google|example)\\.com
      identity: dev@example.com
  keys:
    - name: release
      require-tlog: true
      pem: |
${indented(P256, '        ')}
  attestations:
    - predicate-type: https://slsa.dev/provenance/v1
      slsa: { builder-id: https://github.com/actions/runner/github-hosted, source-repository: https://github.com/acme/app, source-ref: refs/heads/main }
    - predicate-type: https://spdx.dev/Document
      required: false
`;

describe('the signatures section of the policy file', () => {
  it('maps every key to the SignaturePolicy', () => {
    expect(buildPolicy(parsePolicyText(FULL, SOURCE), {}, SOURCE).signatures).toEqual({
      mode: 'optional',
      sources: ['referrers', 'github-attestations'],
      trustedRootPath: '.github/sigstore/trusted_root.json',
      identities: [
        {
          issuer: 'https://token.actions.githubusercontent.com',
          identityRegExp: 'https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.*',
          github: { repository: 'acme/app', workflowRef: 'refs/tags/v1', trigger: 'push', runnerEnvironment: 'github-hosted' },
        },
        { issuerRegExp: 'https://accounts\\.(google|example)\\.com', identity: 'dev@example.com' },
      ],
      keys: [{ name: 'release', pem: `${P256.trimEnd()}\n`, requireTlog: true }],
      attestations: [
        {
          predicateType: 'https://slsa.dev/provenance/v1',
          required: true,
          slsa: {
            builderId: 'https://github.com/actions/runner/github-hosted',
            sourceRepository: 'https://github.com/acme/app',
            sourceRef: 'refs/heads/main',
          },
        },
        { predicateType: 'https://spdx.dev/Document', required: false },
      ],
    });
  });

  it.each([
    ['nothing: off, every source', '', 'off'],
    ['identities: required', 'signatures:\n  identities: [{ issuer: i, identity: x }]\n', 'required'],
    ['attestations only: off', 'signatures:\n  attestations: [{ predicate-type: "https://spdx.dev/Document" }]\n', 'off'],
  ])('defaults the mode from what is given (%s)', (_name, text, mode) => {
    const signatures = buildPolicy(parsePolicyText(text, SOURCE), {}, SOURCE).signatures;
    expect(signatures.mode).toBe(mode);
    expect(signatures.sources).toEqual(['referrers', 'cosign-tags', 'github-attestations']);
  });

  it.each(['ec', 'ed25519', 'rsa'] as const)('accepts a %s key', (type) => {
    const text = `signatures:\n  keys:\n    - name: k\n      pem: |\n${indented(pem(type, 'P-384'), '        ')}\n`;
    expect(buildPolicy(parsePolicyText(text, SOURCE), {}, SOURCE).signatures.keys).toHaveLength(1);
  });

  const errors: { name: string; text: string; message: string | RegExp }[] = [
    {
      name: 'a pattern that does not compile',
      text: 'signatures:\n  identities:\n    - issuer: i\n      identity-regexp: "https://github\\\\.com/(acme"\n',
      message:
        '.github/image-gate.yml line 4, column 24: signatures.identities[0].identity-regexp: expected a regular expression that compiles on its own (Unterminated group)',
    },
    {
      name: 'a pattern that compiles only once wrapped (it would unanchor ^(?:…)$)',
      text: 'signatures:\n  identities:\n    - issuer: i\n      identity-regexp: "a)|(b"\n',
      message:
        ".github/image-gate.yml line 4, column 24: signatures.identities[0].identity-regexp: expected a regular expression that compiles on its own (Unmatched ')')",
    },
    {
      name: 'an unclosed lookahead',
      text: 'signatures:\n  identities:\n    - issuer-regexp: "(?="\n      identity: x\n',
      message:
        /^\.github\/image-gate\.yml line 3, column 22: signatures\.identities\[0\]\.issuer-regexp: expected a regular expression that compiles on its own \(.+\)$/,
    },
    {
      name: 'an issuer pattern that does not compile',
      text: 'signatures:\n  identities:\n    - identity: x\n\n      issuer-regexp: "["\n',
      message:
        '.github/image-gate.yml line 5, column 22: signatures.identities[0].issuer-regexp: expected a regular expression that compiles on its own (Unterminated character class)',
    },
    {
      name: 'an identity without an issuer',
      text: 'signatures:\n  identities:\n    - identity: x\n',
      message: '.github/image-gate.yml line 3, column 7: signatures.identities[0]: give exactly one of issuer, issuer-regexp',
    },
    {
      name: 'an identity both exact and by pattern',
      text: 'signatures:\n  identities:\n    - issuer: i\n    - issuer: i\n      identity: x\n      identity-regexp: x\n',
      message:
        '.github/image-gate.yml line 3, column 7: signatures.identities[0]: give exactly one of identity, identity-regexp\n' +
        '.github/image-gate.yml line 4, column 7: signatures.identities[1]: give exactly one of identity, identity-regexp',
    },
    {
      name: 'an unknown GitHub claim',
      text: 'signatures:\n  identities:\n    - issuer: i\n      identity: x\n      github: { repo: acme/app }\n',
      message:
        /^\.github\/image-gate\.yml line 5, column 17: signatures\.identities\[0\]\.github: unknown key \(expected one of: repository, workflow-ref, trigger, runner-environment\)$/,
    },
    {
      name: 'a bad mode',
      text: 'signatures:\n  mode: strict\n',
      message: '.github/image-gate.yml line 2, column 9: signatures.mode: expected one of required, optional, off',
    },
    {
      name: 'an unknown source',
      text: 'signatures:\n  sources: [referrers, docker-hub]\n',
      message: /^\.github\/image-gate\.yml line 2, column 24: signatures\.sources\[1\]: /,
    },
    {
      name: 'no sources',
      text: 'signatures:\n  sources: []\n',
      message: '.github/image-gate.yml line 2, column 12: signatures.sources: must list at least one source',
    },
    {
      name: 'a key that is neither file nor PEM',
      text: 'signatures:\n  keys:\n    - name: k\n',
      message: '.github/image-gate.yml line 3, column 7: signatures.keys[0]: give exactly one of path, pem',
    },
    {
      name: 'a PEM that is not a key',
      text: 'signatures:\n  keys:\n    - name: k\n      pem: "-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----\\n"\n',
      message: /^\.github\/image-gate\.yml line 4, column 12: signatures\.keys\[0\]\.pem: the key is not a valid public key/,
    },
    {
      name: 'a private key',
      text: `signatures:\n  keys:\n    - name: k\n      pem: |\n${indented(String(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' })), '        ')}\n`,
      message: /line 4, column 12: signatures\.keys\[0\]\.pem: the key is not a PEM public key/,
    },
    {
      name: 'a key on an unsupported curve',
      text: `signatures:\n  keys:\n    - name: k\n      pem: |\n${indented(pem('ec', 'secp256k1'), '        ')}\n`,
      message: /line 4, column 12: signatures\.keys\[0\]\.pem: the key is a key of type ec secp256k1; supported: ECDSA P-256\/P-384, Ed25519 or RSA/,
    },
    {
      name: 'SLSA conditions on an SBOM',
      text: 'signatures:\n  attestations:\n    - predicate-type: https://spdx.dev/Document\n      slsa: { builder-id: b }\n',
      message: /^\.github\/image-gate\.yml line 3, column 7: signatures\.attestations\[0\]: slsa conditions need an SLSA provenance predicate type/,
    },
    {
      name: 'a predicate type that is not a URI',
      text: 'signatures:\n  attestations:\n    - predicate-type: provenance\n',
      message:
        '.github/image-gate.yml line 3, column 23: signatures.attestations[0].predicate-type: expected a URI, e.g. https://slsa.dev/provenance/v1',
    },
  ];

  it.each(errors)('rejects $name with the line and the key', ({ text, message }) => {
    const error = thrownGateError(() => parsePolicyText(text, SOURCE), 'expected the policy to be rejected');
    expect(error.message).toMatch(message);
  });

  it('refuses mode required with nobody to trust', () => {
    const file = parsePolicyText('signatures:\n  mode: required\n', SOURCE);
    expect(() => buildPolicy(file, {}, SOURCE)).toThrow(/signature mode is required, but no trusted identities or keys are given/);
  });

  it('refuses a key file that was not read (parsePolicyText does no I/O)', () => {
    const file = parsePolicyText('signatures:\n  keys:\n    - name: k\n      path: cosign.pub\n', SOURCE);
    expect(() => buildPolicy(file, {}, SOURCE)).toThrow('.github/image-gate.yml line 3: key file cosign.pub was not read');
  });
});

describe('the signature inputs', () => {
  const file = parsePolicyText(FULL, SOURCE);

  it('replace the file’s identities with one rule, and the keys, root and mode', () => {
    const ed = pem('ed25519');
    const signatures = buildPolicy(
      file,
      {
        certificateIdentity: 'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
        certificateOidcIssuerRegexp: 'https://token\\.actions\\.githubusercontent\\.com',
        keys: [ed, P256],
        trustedRootPath: 'root.json',
        signatureMode: 'required',
      },
      SOURCE,
    ).signatures;
    expect(signatures.identities).toEqual([
      {
        identity: 'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
        issuerRegExp: 'https://token\\.actions\\.githubusercontent\\.com',
      },
    ]);
    expect(signatures.keys).toEqual([
      { name: 'key input 1', pem: ed, requireTlog: true },
      { name: 'key input 2', pem: P256, requireTlog: true },
    ]);
    expect(signatures.trustedRootPath).toBe('root.json');
    expect(signatures.mode).toBe('required');
    expect(signatures.attestations).toHaveLength(2);
  });

  it('make the mode required by default when they name a signer', () => {
    expect(buildPolicy(undefined, { keys: [P256] }, SOURCE).signatures.mode).toBe('required');
    expect(buildPolicy(undefined, { certificateIdentity: 'x', certificateOidcIssuer: 'i' }, SOURCE).signatures.mode).toBe('required');
    expect(buildPolicy(undefined, { certificateIdentity: ' ', certificateOidcIssuer: '' }, SOURCE).signatures.mode).toBe('off');
  });

  describe('and the transparency log (cosign requires an entry for key signatures unless --insecure-ignore-tlog)', () => {
    const policyKeys = (...entries: string[]) =>
      parsePolicyText(
        `signatures:\n  keys:\n${entries.map((entry, i) => `    - name: k${i}\n      pem: |\n${indented(P256, '        ')}\n${entry}`).join('')}`,
        SOURCE,
      );
    const tlog = (file: ReturnType<typeof parsePolicyText> | undefined, overrides: Parameters<typeof buildPolicy>[1]) =>
      buildPolicy(file, overrides, SOURCE).signatures.keys.map((key) => [key.name, key.requireTlog]);

    it('is required by default, for the key input and for policy keys', () => {
      expect(tlog(undefined, { keys: [P256] })).toEqual([['key input', true]]);
      expect(tlog(policyKeys(''), {})).toEqual([['k0', true]]);
    });

    it('insecure-ignore-tlog lifts it for the key input and for policy keys that do not say', () => {
      expect(tlog(undefined, { keys: [P256], insecureIgnoreTlog: true })).toEqual([['key input', false]]);
      expect(tlog(policyKeys('', '      require-tlog: true\n', '      require-tlog: false\n'), { insecureIgnoreTlog: true })).toEqual([
        ['k0', false],
        ['k1', true],
        ['k2', false],
      ]);
      expect(tlog(undefined, { keys: [P256], insecureIgnoreTlog: false })).toEqual([['key input', true]]);
    });

    it('insecure-ignore-tlog lifts it for keyless certificates from the trusted root too (ignoreTlog), and only when true', () => {
      const identity = { certificateIdentity: 'user@example.com', certificateOidcIssuer: 'https://issuer.test' };
      expect(buildPolicy(undefined, { ...identity, insecureIgnoreTlog: true }, SOURCE).signatures.ignoreTlog).toBe(true);
      expect(buildPolicy(undefined, { ...identity, insecureIgnoreTlog: false }, SOURCE).signatures.ignoreTlog).toBeUndefined();
      expect(buildPolicy(undefined, identity, SOURCE).signatures.ignoreTlog).toBeUndefined();
    });

    it("a policy key's own require-tlog wins over the input either way", () => {
      expect(tlog(policyKeys('      require-tlog: false\n', '      require-tlog: true\n'), {})).toEqual([
        ['k0', false],
        ['k1', true],
      ]);
    });

    it('the base image keys follow the same rule', () => {
      const file = parsePolicyText(
        `base-image:\n  signed:\n    keys:\n      - name: vendor\n        pem: |\n${indented(P256, '          ')}\n      - name: pinned\n        require-tlog: true\n        pem: |\n${indented(P256, '          ')}\n`,
        SOURCE,
      );
      const base = (overrides: Parameters<typeof buildPolicy>[1]) =>
        buildPolicy(file, overrides, SOURCE).baseImage.signed.keys.map((key) => [key.name, key.requireTlog]);
      expect(base({})).toEqual([
        ['vendor', true],
        ['pinned', true],
      ]);
      expect(base({ insecureIgnoreTlog: true })).toEqual([
        ['vendor', false],
        ['pinned', true],
      ]);
    });
  });

  it.each([
    [{ certificateIdentity: 'x' }, /need both an identity and an issuer: set certificate-oidc-issuer or certificate-oidc-issuer-regexp/],
    [{ certificateOidcIssuer: 'i' }, /set certificate-identity or certificate-identity-regexp/],
    [
      { certificateIdentity: 'x', certificateIdentityRegexp: 'x', certificateOidcIssuer: 'i' },
      /only one of the inputs certificate-identity and certificate-identity-regexp/,
    ],
    [
      { certificateIdentityRegexp: '(x', certificateOidcIssuer: 'i' },
      /input certificate-identity-regexp: "\(x" is not a regular expression that compiles on its own \(Unterminated group\)/,
    ],
    [
      { certificateIdentityRegexp: 'a)|(b', certificateOidcIssuer: 'i' },
      /input certificate-identity-regexp: "a\)\|\(b" is not a regular expression that compiles on its own \(Unmatched '\)'\)/,
    ],
    [
      { certificateIdentity: 'x', certificateOidcIssuerRegexp: '(?=' },
      /input certificate-oidc-issuer-regexp: "\(\?=" is not a regular expression that compiles on its own/,
    ],
    [{ keys: ['not a key'] }, /input key 1 is not a PEM public key/],
    [{ signatureMode: 'required' as const }, /no trusted identities or keys/],
  ])('are refused when incomplete or invalid (%j)', (overrides, message) => {
    expect(() => buildPolicy(undefined, overrides, SOURCE)).toThrow(message);
  });
});

describe('examples/image-gate.yml', () => {
  // The section is commented out so the demo runs offline; uncommented it must be valid as written.
  const text = readFileSync('examples/image-gate.yml', 'utf8');
  const start = text.indexOf('# signatures:\n');
  const section = text
    .slice(start)
    .split('\n')
    .map((line) => line.replace(/^# ?/, ''))
    .join('\n');

  it('documents a signatures section that is valid when uncommented', () => {
    expect(start).toBeGreaterThan(0);
    const doc: unknown = parse(section);
    const schema = JSON.parse(readFileSync('policy.schema.json', 'utf8')) as object;
    const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(policyFileSchema.safeParse(doc).success).toBe(true);
    const file = parsePolicyText(section, 'example');
    expect(file.document.signatures?.identities).toHaveLength(1);
    expect(file.document.signatures?.attestations).toHaveLength(2);
    expect(file.document.signatures?.['certificate-authorities']).toEqual([
      { name: 'acme', roots: '.github/pki/roots.pem', intermediates: '.github/pki/intermediates.pem', 'require-sct': true, 'require-tlog': true },
    ]);
  });
});

describe('policy.schema.json and zod agree on the signatures section', () => {
  const schema = JSON.parse(readFileSync('policy.schema.json', 'utf8')) as object;
  const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);
  const table: { name: string; signatures: unknown; valid: boolean }[] = [
    { name: 'empty', signatures: {}, valid: true },
    { name: 'mode in capitals', signatures: { mode: 'OFF' }, valid: true },
    { name: 'identity with issuer and identity', signatures: { identities: [{ issuer: 'i', identity: 'x' }] }, valid: true },
    { name: 'identity by patterns', signatures: { identities: [{ 'issuer-regexp': 'i', 'identity-regexp': 'x' }] }, valid: true },
    { name: 'identity without issuer', signatures: { identities: [{ identity: 'x' }] }, valid: false },
    { name: 'issuer both ways', signatures: { identities: [{ issuer: 'i', 'issuer-regexp': 'i', identity: 'x' }] }, valid: false },
    { name: 'unknown identity key', signatures: { identities: [{ issuer: 'i', identity: 'x', subject: 'y' }] }, valid: false },
    { name: 'key by path', signatures: { keys: [{ name: 'k', path: 'k.pub' }] }, valid: true },
    { name: 'key both ways', signatures: { keys: [{ name: 'k', path: 'k.pub', pem: P256 }] }, valid: false },
    { name: 'key without name', signatures: { keys: [{ path: 'k.pub' }] }, valid: false },
    { name: 'duplicate source', signatures: { sources: ['referrers', 'referrers'] }, valid: false },
    { name: 'unknown source', signatures: { sources: ['dockerhub'] }, valid: false },
    { name: 'attestation without type', signatures: { attestations: [{ required: true }] }, valid: false },
    { name: 'required as text', signatures: { attestations: [{ 'predicate-type': 'https://x/y', required: 'yes' }] }, valid: false },
  ];
  it.each(table)('$name: valid=$valid for both', ({ signatures, valid }) => {
    expect(validate({ signatures })).toBe(valid);
    expect(policyFileSchema.safeParse({ signatures }).success).toBe(valid);
  });
});
