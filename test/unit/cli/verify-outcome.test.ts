/**
 * `image-gate verify` answers yes only with a verified signature from a trusted signer and no violation,
 * judged as if the mode were required (verify.ts passes mode required; here the pure judge is fed the same).
 */
import { describe, expect, it } from 'vitest';
import { whyNotVerified } from '../../../src/cli/verify.js';
import { evaluateSignatures, SIGNED_REQUIREMENT } from '../../../src/core/judge/signature-gate.js';
import type { EvidenceResult, SignaturePolicy } from '../../../src/core/model/signatures.js';
import type { SignatureVerdict } from '../../../src/core/model/verdict.js';
import { mergePlatformVerdicts } from '../../../src/app/signatures/verify-signatures.js';

const SIGNER = { kind: 'key', keyId: 'ab12', name: 'release' } as const;
const REQUIRED: SignaturePolicy = { mode: 'required', sources: ['cosign-tags', 'referrers'], identities: [], keys: [], attestations: [] };

const signature = (extra: Partial<EvidenceResult> = {}): EvidenceResult => ({
  source: 'cosign-tags',
  location: 'tag sha256-abc.sig, layer 0',
  kind: 'signature',
  signer: SIGNER,
  verified: true,
  ...extra,
});

describe('whyNotVerified', () => {
  it('is yes for a verified signature from a trusted signer', () => {
    expect(whyNotVerified(evaluateSignatures([signature()], [], REQUIRED))).toBeUndefined();
  });

  it.each<[string, EvidenceResult[]]>([
    ['no signature at all', []],
    ['a rejected signature', [signature({ verified: false, signer: undefined, rejection: { code: 'untrusted-key', message: 'no trusted key' } })]],
    ['a verified attestation but no signature', [signature({ kind: 'attestation', predicateType: 'https://slsa.dev/provenance/v1' })]],
    ['a result that says verified but names no signer', [signature({ signer: undefined })]],
  ])('is no for %s, naming why', (_name, results) => {
    expect(whyNotVerified(evaluateSignatures(results, [], REQUIRED))).toMatch(/^no signature from a trusted signer was verified: \S/);
  });

  it('is no when the optional mode left the missing signature without a violation', () => {
    const optional = evaluateSignatures([], [], { ...REQUIRED, mode: 'optional' });
    expect(optional.violations).toEqual([]);
    expect(whyNotVerified(optional)).toBe(
      'no signature from a trusted signer was verified: no signature was found (looked in cosign-tags, referrers)',
    );
  });

  it('is no for a signed image that misses a required attestation', () => {
    const verdict = evaluateSignatures([signature()], [], {
      ...REQUIRED,
      attestations: [{ predicateType: 'https://slsa.dev/provenance/v1', required: true }],
    });
    expect(whyNotVerified(verdict)).toMatch(/^1 requirement is not met: Required attestation https:\/\/slsa\.dev\/provenance\/v1 is not satisfied/);
  });

  it('is no for a signed index whose platform is unsigned (per-platform)', () => {
    const top = evaluateSignatures([signature()], [], REQUIRED);
    const merged = mergePlatformVerdicts(top, [{ platform: 'linux/arm64', verdict: evaluateSignatures([], [], REQUIRED) }]);
    expect(whyNotVerified(merged)).toMatch(/^1 requirement is not met: linux\/arm64: The image is not signed by a trusted signer/);
  });

  it("finds the pinned digest's signature requirement by its kind and platform, not by its words", () => {
    const none: SignatureVerdict = { mode: 'required', results: [], problems: [], requirements: [], violations: [] };
    const platformOnly = mergePlatformVerdicts(none, [{ platform: 'linux/amd64', verdict: evaluateSignatures([signature()], [], REQUIRED) }]);
    // A platform's satisfied requirement, even worded as the pinned digest's, says nothing about the pinned digest.
    const reworded = { ...platformOnly, requirements: platformOnly.requirements.map((r) => ({ ...r, description: SIGNED_REQUIREMENT })) };
    expect(reworded.requirements.some((r) => r.satisfied)).toBe(true);
    expect(whyNotVerified(reworded)).toBe('no signature from a trusted signer was verified: the signature requirement was not judged');
  });

  it('fails closed on a verdict without the signature requirement', () => {
    const empty: SignatureVerdict = { mode: 'required', results: [signature()], problems: [], requirements: [], violations: [] };
    expect(whyNotVerified(empty)).toBe('no signature from a trusted signer was verified: the signature requirement was not judged');
  });
});
