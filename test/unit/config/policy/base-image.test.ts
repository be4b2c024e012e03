import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/core/model/policy.js';
import { buildPolicy, parsePolicyText } from '../../../../src/config/policy/load.js';
import { thrownGateError } from '../../../helpers/gate-error.js';

const SOURCE = '.github/image-gate.yml';

const BASE = `vulnerabilities:
  scope: Introduced
base-image:
  pinned: FAIL
  allow: [docker.io/library/*, cgr.dev/chainguard/**]
  deny: ["*:latest"]
  signed:
    mode: required
    identities:
      - issuer: https://token.actions.githubusercontent.com
        identity-regexp: https://github\\.com/chainguard-images/.*
  max-age-days: 30
  proven: warn
  unknown: warn
`;

describe('policy base-image section and vulnerabilities.scope', () => {
  it('defaults: pinned warn, proven fail, unknown fail, nothing signed, scope all', () => {
    const policy = buildPolicy(undefined, {}, SOURCE);
    expect(policy.vulnerabilities.scope).toBe('all');
    expect(policy.baseImage).toEqual({
      pinned: 'warn',
      allow: [],
      deny: [],
      signed: { mode: 'off', identities: [], keys: [] },
      proven: 'fail',
      unknown: 'fail',
    });
  });

  it('normalises every key of the section', () => {
    const policy = buildPolicy(parsePolicyText(BASE, SOURCE), {}, SOURCE);
    expect(policy.vulnerabilities.scope).toBe('introduced');
    expect(policy.baseImage).toEqual({
      pinned: 'fail',
      allow: ['docker.io/library/*', 'cgr.dev/chainguard/**'],
      deny: ['*:latest'],
      signed: {
        mode: 'required',
        identities: [{ issuer: 'https://token.actions.githubusercontent.com', identityRegExp: 'https://github\\.com/chainguard-images/.*' }],
        keys: [],
      },
      maxAgeDays: 30,
      proven: 'warn',
      unknown: 'warn',
    });
    // The image's own signature policy is untouched by the base's signers.
    expect(policy.signatures).toEqual(DEFAULT_POLICY.signatures);
  });

  it('inputs win over the file', () => {
    const policy = buildPolicy(
      parsePolicyText(BASE, SOURCE),
      { baseImagePinned: 'off', baseImageAllow: [], baseImageDeny: ['**:edge'], scope: 'all' },
      SOURCE,
    );
    expect(policy.baseImage.pinned).toBe('off');
    expect(policy.baseImage.allow).toEqual([]);
    expect(policy.baseImage.deny).toEqual(['**:edge']);
    expect(policy.vulnerabilities.scope).toBe('all');
  });

  it.each([
    ['base-image:\n  pinned: sometimes\n', 'line 2, column 11: base-image.pinned: expected one of fail, warn, off'],
    ['base-image:\n  unknown: off\n', 'line 2, column 12: base-image.unknown: expected one of fail, warn'],
    ['base-image:\n  max-age-days: -1\n', 'line 2, column 17: base-image.max-age-days: must be a whole number ≥ 0'],
    ['base-image:\n  deny: ["  "]\n', 'line 2, column 10: base-image.deny[0]: must not be empty'],
    [
      'base-image:\n  signed:\n    mode: required\n    identities:\n      - issuer: x\n',
      'line 5, column 9: base-image.signed.identities[0]: give exactly one of identity, identity-regexp',
    ],
    ['base-image:\n  pinend: fail\n', 'line 2, column 3: base-image: unknown key (did you mean "pinned"?)'],
    ['vulnerabilities:\n  scope: inherited\n', 'line 2, column 10: vulnerabilities.scope: expected one of all, introduced'],
  ])('rejects %j naming line and key', (text, message) => {
    expect(thrownGateError(() => parsePolicyText(text, SOURCE)).message).toContain(`${SOURCE} ${message}`);
  });

  it('a required base signature without signers is refused', () => {
    const file = parsePolicyText('base-image:\n  signed: { mode: required }\n', SOURCE);
    expect(thrownGateError(() => buildPolicy(file, {}, SOURCE)).message).toBe(
      `${SOURCE}: base-image.signed.mode is required, but no trusted identities or keys are given, so no signature on the base could be trusted`,
    );
  });

  it('the documented example, with its base-image block uncommented, is a valid policy', () => {
    const example = readFileSync('examples/image-gate.yml', 'utf8');
    const start = example.indexOf('# base-image:');
    const block = example.slice(start, example.indexOf('\n\n', start));
    const uncommented = block.replace(/^# ?/gm, '');
    const rest = example.slice(0, start);
    const policy = buildPolicy(parsePolicyText(rest + uncommented, 'example'), {}, 'example');
    expect(policy.baseImage).toMatchObject({ pinned: 'fail', deny: ['*:latest'], maxAgeDays: 30, proven: 'fail', unknown: 'fail' });
    expect(policy.baseImage.signed.mode).toBe('required');
  });
});
