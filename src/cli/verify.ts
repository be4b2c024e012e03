/**
 * `image-gate verify IMAGE`: the signature check alone, as `cosign verify` is — pin the digest, find its
 * signatures and attestations wherever the policy allows, verify them offline, judge them. No Trivy, and no
 * image config: signatures are bound to the manifest digest, so a Helm chart, a WASM module, an SBOM or an
 * image whose config blob is gone verifies like any image. The answer is yes only with a verified signature
 * from a trusted signer and every requirement met, whatever the signatures mode says (the mode decides how
 * hard `check` fails, and there is nothing else here to pass).
 */
import { configError } from '../core/model/errors.js';
import type { SignaturePolicy } from '../core/model/signatures.js';
import type { SignatureVerdict } from '../core/model/verdict.js';
import type { GateConfig } from '../config/types.js';
import { pinForSignatures } from '../app/check/acquire-scan.js';
import type { RunContext } from '../app/context.js';
import { loadPolicy } from '../app/check/gate-image.js';
import { verifySignatures } from '../app/signatures/verify-signatures.js';
import { signatureLines } from '../report/summary/table-signatures.js';

export interface VerifyOutcome {
  digest: string;
  signatures: SignatureVerdict;
  /** Why the image is not verified, as one sentence; absent when it is. */
  failure?: string;
  text: string;
}

export async function verifyImage(config: GateConfig, context: RunContext): Promise<VerifyOutcome> {
  const [source, ...more] = config.sources;
  // One answer per run, as cosign verify's: several images are refused, never one of them verified silently.
  if (more.length > 0) {
    throw configError(`image-gate verify checks one image at a time; ${String(config.sources.length)} are given`);
  }
  if (source.kind !== 'registry') {
    throw configError('image-gate verify checks an image in a registry: give IMAGE (image-source registry)');
  }
  const policy = await loadPolicy(config, context);
  const trusted = policy.signatures;
  if (trusted.identities.length === 0 && trusted.keys.length === 0) {
    throw configError(
      'Nothing to verify against: name trusted signers with --certificate-identity and --certificate-oidc-issuer (or their -regexp forms), or --key, or a policy file with a signatures section',
    );
  }
  if (trusted.mode !== 'required') {
    context.logger.info(
      `image-gate verify requires a signature from a trusted signer; the signatures mode (${trusted.mode}) applies to image-gate check only`,
    );
  }
  const required: SignaturePolicy = { ...trusted, mode: 'required' };
  if (config.platforms !== 'all') {
    context.logger.info(
      `image-gate verify checks the signatures of the digest the reference names; the platforms (${config.platforms.join(', ')}) apply to image-gate check only`,
    );
  }
  // The manifest only: no platform picked, no config read (see pinForSignatures).
  const image = await pinForSignatures(source.image.reference, context);
  const signatures = await verifySignatures(image, required, config, context);
  const failure = whyNotVerified(signatures);
  const text = [
    `image-gate verify: ${failure === undefined ? 'PASS' : 'FAIL'}  ${source.image.written}@${image.digest}`,
    ...signatureLines(signatures),
  ].join('\n');
  return { digest: image.digest, signatures, ...(failure !== undefined && { failure }), text };
}

/**
 * Why the verdict is no, or undefined for yes. Fails closed on its own: yes needs the pinned digest's
 * "signed by a trusted signer" requirement satisfied and no violation at all, so a verdict that somehow
 * lacks the requirement is a no. Pure.
 */
export function whyNotVerified(signatures: SignatureVerdict): string | undefined {
  const signed = signatures.requirements.find((requirement) => requirement.kind === 'signature' && requirement.platform === undefined);
  if (signed?.satisfied !== true) {
    return `no signature from a trusted signer was verified: ${signed?.reason ?? 'the signature requirement was not judged'}`;
  }
  if (signatures.violations.length > 0) {
    const count = signatures.violations.length;
    return `${count === 1 ? '1 requirement is' : `${count} requirements are`} not met: ${signatures.violations.map((violation) => violation.message).join('; ')}`;
  }
  return undefined;
}
