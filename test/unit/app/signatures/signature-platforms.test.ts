import { describe, expect, it } from 'vitest';
import { evaluateSignatures, SIGNED_REQUIREMENT } from '../../../../src/core/judge/signature-gate.js';
import type { EvidenceResult, SignaturePolicy } from '../../../../src/core/model/signatures.js';
import { mergePlatformVerdicts, platformLabels } from '../../../../src/app/signatures/verify-signatures.js';
import { buildPolicy, parsePolicyText } from '../../../../src/config/policy/load.js';
import { policyFileSchema } from '../../../../src/config/policy/schema.js';

const SIGNER = { kind: 'keyless', issuer: 'https://issuer.example', identity: 'release@example.com' } as const;
const signature = (location: string): EvidenceResult => ({ source: 'referrers', location, kind: 'signature', signer: SIGNER, verified: true });
const rejected = (location: string): EvidenceResult => ({
  source: 'referrers',
  location,
  kind: 'signature',
  signer: { ...SIGNER, identity: 'someone@example.com' },
  verified: false,
  rejection: { code: 'wrong-identity', message: 'not a trusted identity' },
});

const policy = (mode: SignaturePolicy['mode'] = 'required'): SignaturePolicy => ({
  mode,
  sources: ['referrers'],
  identities: [{ issuer: SIGNER.issuer, identity: SIGNER.identity }],
  keys: [],
  attestations: [{ predicateType: 'https://spdx.dev/Document', required: false }],
  perPlatform: true,
});

const digest = (n: number): string => `sha256:${String(n).repeat(64)}`;

describe('mergePlatformVerdicts', () => {
  it('keeps the pinned digest verdict as it is when there are no platforms (a single-platform image)', () => {
    const top = evaluateSignatures([signature('index referrer')], [], policy());
    expect(mergePlatformVerdicts(top, [])).toEqual(top);
  });

  it("adds each platform's requirements, results, problems and violations, naming the platform", () => {
    const top = evaluateSignatures([signature('index referrer')], [], policy());
    const amd64 = evaluateSignatures([signature('amd64 referrer')], [], policy());
    const arm64 = evaluateSignatures([rejected('arm64 referrer')], ['cosign tags: 500'], policy());
    const merged = mergePlatformVerdicts(top, [
      { platform: 'linux/amd64', verdict: amd64 },
      { platform: 'linux/arm64', verdict: arm64 },
    ]);

    expect(merged.mode).toBe('required');
    expect(merged.requirements.map((r) => [r.description, r.satisfied])).toEqual([
      [SIGNED_REQUIREMENT, true],
      ['attestation https://spdx.dev/Document', false],
      [`${SIGNED_REQUIREMENT} (linux/amd64)`, true],
      ['attestation https://spdx.dev/Document (linux/amd64)', false],
      [`${SIGNED_REQUIREMENT} (linux/arm64)`, false],
      ['attestation https://spdx.dev/Document (linux/arm64)', false],
    ]);
    expect(merged.requirements.map((r) => [r.kind, r.platform])).toEqual([
      ['signature', undefined],
      ['attestation', undefined],
      ['signature', 'linux/amd64'],
      ['attestation', 'linux/amd64'],
      ['signature', 'linux/arm64'],
      ['attestation', 'linux/arm64'],
    ]);
    expect(merged.requirements[2]?.satisfiedBy).toBe('amd64 referrer (linux/amd64)');
    expect(merged.requirements[4]?.reason).toContain('arm64 referrer');
    expect(merged.results.map((r) => r.location)).toEqual(['index referrer', 'amd64 referrer (linux/amd64)', 'arm64 referrer (linux/arm64)']);
    expect(merged.results[2]?.rejection?.code).toBe('wrong-identity');
    expect(merged.problems).toEqual(['linux/arm64: cosign tags: 500']);
    // Only the unsigned platform fails: the optional attestation is reported, never a violation.
    expect(merged.violations).toHaveLength(1);
    expect(merged.violations[0]?.rule).toBe('signature');
    expect(merged.violations[0]?.message).toMatch(/^linux\/arm64: The image is not signed by a trusted signer/);
  });

  it('fails when only the index is signed, and passes once every platform is', () => {
    const top = evaluateSignatures([signature('index referrer')], [], policy());
    const unsigned = evaluateSignatures([], [], policy());
    const signed = evaluateSignatures([signature('platform referrer')], [], policy());
    expect(mergePlatformVerdicts(top, [{ platform: 'linux/amd64', verdict: unsigned }]).violations).toHaveLength(1);
    expect(mergePlatformVerdicts(top, [{ platform: 'linux/amd64', verdict: signed }]).violations).toEqual([]);
  });

  it('reports an unsigned platform without a violation in optional mode', () => {
    const top = evaluateSignatures([signature('index referrer')], [], policy('optional'));
    const unsigned = evaluateSignatures([], [], policy('optional'));
    const merged = mergePlatformVerdicts(top, [{ platform: 'linux/arm64', verdict: unsigned }]);
    expect(merged.violations).toEqual([]);
    expect(merged.requirements.find((r) => r.description === `${SIGNED_REQUIREMENT} (linux/arm64)`)?.satisfied).toBe(false);
  });

  it('does not change the verdicts it merges', () => {
    const top = evaluateSignatures([signature('index referrer')], [], policy());
    const platform = evaluateSignatures([rejected('arm64 referrer')], ['a problem'], policy());
    const before = JSON.stringify([top, platform]);
    mergePlatformVerdicts(top, [{ platform: 'linux/arm64', verdict: platform }]);
    expect(JSON.stringify([top, platform])).toBe(before);
  });
});

describe('platformLabels', () => {
  it('names entries by platform, adding the digest only where needed', () => {
    expect(
      platformLabels([
        { mediaType: 'm', digest: digest(1), size: 1, platform: { os: 'linux', architecture: 'amd64' } },
        { mediaType: 'm', digest: digest(2), size: 1, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
        { mediaType: 'm', digest: digest(3), size: 1, platform: { os: 'windows', architecture: 'amd64', 'os.version': '10.0.1' } },
        { mediaType: 'm', digest: digest(4), size: 1, platform: { os: 'windows', architecture: 'amd64', 'os.version': '10.0.2' } },
        { mediaType: 'm', digest: digest(5), size: 1 },
      ]),
    ).toEqual([
      { platform: 'linux/amd64', digest: digest(1) },
      { platform: 'linux/arm/v7', digest: digest(2) },
      { platform: `windows/amd64 ${digest(3)}`, digest: digest(3) },
      { platform: `windows/amd64 ${digest(4)}`, digest: digest(4) },
      { platform: digest(5), digest: digest(5) },
    ]);
  });
});

describe('signatures.per-platform in the policy file', () => {
  const SOURCE = '.github/image-gate.yml';
  const signatures = (text: string) => buildPolicy(parsePolicyText(text, SOURCE), {}, SOURCE).signatures;

  it('is off unless the file turns it on', () => {
    expect(signatures('signatures:\n  mode: optional\n').perPlatform ?? false).toBe(false);
    expect(signatures('signatures:\n  mode: optional\n  per-platform: false\n').perPlatform).toBe(false);
    expect(signatures('signatures:\n  mode: optional\n  per-platform: true\n').perPlatform).toBe(true);
  });

  it('must be a boolean', () => {
    expect(policyFileSchema.safeParse({ signatures: { 'per-platform': 'yes' } }).success).toBe(false);
    expect(() => parsePolicyText('signatures:\n  per-platform: sometimes\n', SOURCE)).toThrow(/per-platform/);
  });
});
