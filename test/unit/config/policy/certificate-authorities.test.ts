/**
 * `signatures.certificate-authorities` and the private-CA inputs (ca-roots, ca-intermediates, certificate-chain,
 * insecure-ignore-sct) as the policy builds them: validated once, the inputs replacing the file's CAs, cosign's
 * insecure switches lifting a requirement for every CA.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificatesProblem, inputAuthority } from '../../../../src/config/policy/certificate-authorities.js';
import { buildPolicy, parsePolicyText, type PolicyFile } from '../../../../src/config/policy/load.js';
import { policyFileSchema } from '../../../../src/config/policy/schema.js';
import { createRoot, pemOf, type Issued } from '../../../helpers/private-pki.js';

const SOURCE = '.github/image-gate.yml';
const IDENTITY = '  identities:\n    - identity: release@acme.test\n      issuer-regexp: .*\n';
const WITH_CA = `signatures:\n${IDENTITY}  certificate-authorities:\n    - name: acme\n      roots: pki/roots.pem\n      intermediates: pki/ints.pem\n    - name: lab\n      roots: pki/lab.pem\n      require-sct: false\n      require-tlog: false\n`;

let root: Issued;
let other: Issued;
let third: Issued;
beforeAll(async () => {
  [root, other, third] = await Promise.all([
    createRoot('p256', { name: 'Acme Root' }),
    createRoot('p384', { name: 'Lab Root' }),
    createRoot('p256', { name: 'Acme Intermediate' }),
  ]);
});

/** The file as loadPolicyFile leaves it: each CA's files read. */
function loaded(text: string, files: { rootsPem?: string; intermediatesPem?: string }[]): PolicyFile {
  const file = parsePolicyText(text, SOURCE);
  file.certificateAuthorities?.forEach((entry, index) => Object.assign(entry, files[index]));
  return file;
}

describe('signatures.certificate-authorities', () => {
  it('builds one rule per CA, SCT and log required unless the CA says otherwise', () => {
    const file = loaded(WITH_CA, [{ rootsPem: root.pem, intermediatesPem: third.pem }, { rootsPem: other.pem }]);
    expect(file.certificateAuthorities?.map((entry) => entry.line)).toEqual([6, 9]);
    expect(buildPolicy(file, {}, SOURCE).signatures.certificateAuthorities).toEqual([
      { name: 'acme', rootsPem: root.pem, intermediatesPem: third.pem, requireSct: true, requireTlog: true },
      { name: 'lab', rootsPem: other.pem, requireSct: false, requireTlog: false },
    ]);
  });

  it('refuses CA files that were not read (parsePolicyText does no I/O)', () => {
    expect(() => buildPolicy(parsePolicyText(WITH_CA, SOURCE), {}, SOURCE)).toThrow(
      '.github/image-gate.yml line 6: the certificate files of acme were not read',
    );
  });

  it('refuses CAs with nobody to trust: a private CA vouches for a certificate, the identities say whose', () => {
    const file = loaded('signatures:\n  mode: optional\n  certificate-authorities:\n    - name: acme\n      roots: r.pem\n', [
      { rootsPem: root.pem },
    ]);
    expect(() => buildPolicy(file, {}, SOURCE)).toThrow(/certificate authorities are given, but no trusted identities/);
  });

  it("is replaced by the inputs' CA, and cosign's switches lift the SCT and log for every CA", () => {
    const file = loaded(WITH_CA, [{ rootsPem: root.pem, intermediatesPem: third.pem }, { rootsPem: other.pem }]);
    const replaced = buildPolicy(file, { certificateAuthority: { kind: 'roots', rootsPem: other.pem } }, SOURCE).signatures;
    expect(replaced.certificateAuthorities).toEqual([{ name: 'ca-roots input', rootsPem: other.pem, requireSct: true, requireTlog: true }]);
    expect(replaced.ignoreSct).toBeUndefined();
    const lifted = buildPolicy(file, { insecureIgnoreSct: true, insecureIgnoreTlog: true }, SOURCE).signatures;
    expect(lifted.certificateAuthorities?.map((ca) => [ca.requireSct, ca.requireTlog])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(lifted.ignoreSct).toBe(true);
  });

  describe('policy.schema.json and zod agree', () => {
    const schema = JSON.parse(readFileSync('policy.schema.json', 'utf8')) as object;
    const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);
    const ca = { name: 'acme', roots: 'r.pem' };
    it.each([
      { name: 'roots only', cas: [ca], valid: true },
      { name: 'every field', cas: [{ ...ca, intermediates: 'i.pem', 'require-sct': false, 'require-tlog': true }], valid: true },
      { name: 'no roots', cas: [{ name: 'acme' }], valid: false },
      { name: 'no name', cas: [{ roots: 'r.pem' }], valid: false },
      { name: 'empty roots', cas: [{ name: 'acme', roots: ' ' }], valid: false },
      { name: 'an unknown key', cas: [{ ...ca, 'ca-roots': 'x' }], valid: false },
      { name: 'require-sct as text', cas: [{ ...ca, 'require-sct': 'no' }], valid: false },
      { name: 'an empty list', cas: [], valid: false },
    ])('$name: valid=$valid for both', ({ cas, valid }) => {
      const doc = { signatures: { 'certificate-authorities': cas } };
      expect(validate(doc)).toBe(valid);
      expect(policyFileSchema.safeParse(doc).success).toBe(valid);
    });
    it('two CAs with one name are refused by zod (JSON Schema cannot say it)', () => {
      expect(policyFileSchema.safeParse({ signatures: { 'certificate-authorities': [ca, ca] } }).success).toBe(false);
    });
  });
});

describe('the private-CA inputs', () => {
  it('split a certificate chain as cosign does: the last certificate is the root, the others intermediates', () => {
    const rule = inputAuthority({ kind: 'chain', chainPem: pemOf(third, other, root) }, { requireSct: false, requireTlog: true });
    expect(rule).toMatchObject({ name: 'certificate-chain input', rootsPem: root.pem, requireSct: false, requireTlog: true });
    expect(rule.intermediatesPem).toBe(`${third.pem}\n${other.pem}`);
  });

  it('refuse files that hold no certificate, or one that does not parse, naming the input and not quoting it', () => {
    expect(() => inputAuthority({ kind: 'roots', rootsPem: 'ghp_secretLookingText' }, { requireSct: true, requireTlog: true })).toThrow(
      'Input ca-roots holds no PEM certificate (-----BEGIN CERTIFICATE-----)',
    );
    const broken = `${root.pem}\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n`;
    expect(certificatesProblem(broken)).toBe('has a certificate that does not parse (the 2nd one)');
    expect(() => inputAuthority({ kind: 'roots', rootsPem: root.pem, intermediatesPem: broken }, { requireSct: true, requireTlog: true })).toThrow(
      'Input ca-intermediates has a certificate that does not parse (the 2nd one)',
    );
    expect(() => inputAuthority({ kind: 'chain', chainPem: '' }, { requireSct: true, requireTlog: true })).toThrow(
      /^Input certificate-chain holds no PEM certificate/,
    );
  });
});
