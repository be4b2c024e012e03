/**
 * `image-gate verify IMAGE`: the signature part of the gate alone — pin the image, find its signatures
 * and attestations wherever the policy allows, verify them offline, judge them. No Trivy.
 */
import { configError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { SignatureVerdict } from '../core/verdict.js';
import type { GateConfig } from '../config/types.js';
import { pinRegistryImage } from '../gate/acquire-scan.js';
import { loadPolicy } from '../gate/gate-image.js';
import { verifySignatures } from '../gate/verify-signatures.js';
import { signatureLines } from '../report/table-signatures.js';

export interface VerifyOutcome {
  digest: string;
  signatures: SignatureVerdict;
  text: string;
}

export async function verifyImage(config: GateConfig, environment: { logger: Logger; now: () => Date; workspace: string; env: NodeJS.ProcessEnv }): Promise<VerifyOutcome> {
  if (config.source.kind !== 'registry') {
    throw configError('image-gate verify checks an image in a registry: give IMAGE (image-source registry)');
  }
  const policy = await loadPolicy(config, environment);
  if (policy.signatures.mode === 'off') {
    throw configError(
      'Nothing to verify against: name trusted signers with --certificate-identity and --certificate-oidc-issuer (or their -regexp forms), or --key, or a policy file with a signatures section',
    );
  }
  const image = await pinRegistryImage(config.source.reference, config, environment);
  const signatures = await verifySignatures(image, policy.signatures, config, environment);
  const verdict = signatures.violations.length > 0 ? 'FAIL' : 'PASS';
  const text = [`image-gate verify: ${verdict}  ${config.source.reference}@${image.digest}`, ...signatureLines(signatures)].join('\n');
  return { digest: image.digest, signatures, text };
}
