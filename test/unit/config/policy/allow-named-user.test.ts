import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/core/model/policy.js';
import { buildPolicy, parsePolicyText } from '../../../../src/config/policy/load.js';
import { policyFileSchema } from '../../../../src/config/policy/schema.js';
import { thrownGateError } from '../../../helpers/gate-error.js';

const SOURCE = '.github/image-gate.yml';

function build(text: string, overrides: { forbidRoot?: boolean } = {}) {
  return buildPolicy(parsePolicyText(text, SOURCE), overrides, SOURCE).image;
}

describe('image.allow-named-user in the policy file', () => {
  it('is off by default, so forbid-root alone refuses names', () => {
    expect(DEFAULT_POLICY.image).toEqual({ forbidRoot: false, allowNamedUser: false });
    expect(build('image: { forbid-root: true }\n')).toEqual({ forbidRoot: true, allowNamedUser: false });
    expect(buildPolicy(undefined, { forbidRoot: true }, SOURCE).image).toEqual({ forbidRoot: true, allowNamedUser: false });
  });

  it('is read from the file, next to forbid-root', () => {
    expect(build('image: { forbid-root: true, allow-named-user: true }\n')).toEqual({ forbidRoot: true, allowNamedUser: true });
    expect(build('image:\n  allow-named-user: false\n')).toEqual({ forbidRoot: false, allowNamedUser: false });
  });

  it('keeps the file value when the forbid-root input overrides forbid-root', () => {
    expect(build('image: { forbid-root: false, allow-named-user: true }\n', { forbidRoot: true })).toEqual({
      forbidRoot: true,
      allowNamedUser: true,
    });
  });

  it.each([
    {
      text: 'image:\n  forbid-root: true\n  allow-named-user: "yes"\n',
      message: `${SOURCE} line 3, column 21: image.allow-named-user: expected true or false, got text`,
    },
    {
      text: 'image:\n  forbid-root: true\n  allow-named-users: true\n',
      message: `${SOURCE} line 3, column 3: image: unknown key (did you mean "allow-named-user"?)`,
    },
    {
      text: 'allow-named-user: true\n',
      message:
        `${SOURCE} line 1, column 1: unknown key (expected one of: mode, vulnerabilities, secrets, ` +
        'misconfigurations, licenses, image, ignore, signatures, base-image)',
    },
  ])('rejects $message', ({ text, message }) => {
    expect(thrownGateError(() => parsePolicyText(text, SOURCE), 'expected the policy to be rejected').message).toBe(message);
  });
});

describe('policy.schema.json agrees with zod on allow-named-user', () => {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync('policy.schema.json', 'utf8')) as object);

  it('documents the key', () => {
    const schema = JSON.parse(readFileSync('policy.schema.json', 'utf8')) as {
      properties: { image: { properties: Record<string, { type?: string; title?: string; description?: string }> } };
    };
    const key = schema.properties.image.properties['allow-named-user'];
    expect(key).toMatchObject({ type: 'boolean', title: 'Allow named user' });
    expect(key?.description).toContain('/etc/passwd');
  });

  it.each([
    { doc: { image: { 'forbid-root': true, 'allow-named-user': true } }, valid: true },
    { doc: { image: { 'allow-named-user': false } }, valid: true },
    { doc: { image: { 'allow-named-user': 'true' } }, valid: false },
    { doc: { image: { 'allow-named-user': 1 } }, valid: false },
    { doc: { image: { 'forbid-root': true, 'allow-named-users': true } }, valid: false },
  ])('$doc: valid=$valid for both', ({ doc, valid }) => {
    expect(validate(doc)).toBe(valid);
    expect(policyFileSchema.safeParse(doc).success).toBe(valid);
  });
});
