/**
 * A keyless certificate from the trusted root's CAs (Fulcio): the certificate needs an SCT and the signature a
 * transparency-log entry, as cosign has it, unless cosign's --insecure-ignore-sct / --insecure-ignore-tlog lift
 * them (our ignoreSct / ignoreTlog). Private CAs are verified in private-ca.ts.
 */
import { Verifier, type SignedEntity, type TrustMaterial } from '@sigstore/verify';
import type { TransparencyLogCheck } from '../../core/model/signatures.js';
import { reject } from './rejection.js';
import { materialFor } from './tlog-window.js';

export interface TrustedRootCaRules {
  /** No SCT needed. */
  ignoreSct?: boolean;
  /** No transparency-log entry needed; its entries are then not looked at. */
  ignoreTlog?: boolean;
}

/** Throws a VerificationError or a RejectionError; returns whether the transparency log was checked. */
export function verifyWithTrustedRootCa(entity: SignedEntity, material: TrustMaterial, rules: TrustedRootCaRules): TransparencyLogCheck {
  const ctlogThreshold = rules.ignoreSct === true ? 0 : 1;
  if (rules.ignoreTlog !== true) {
    new Verifier(materialFor(material, entity), { ctlogThreshold }).verify(entity);
    // The verifier checks every entry the bundle carries, whatever the threshold: none checked only when there is none.
    return entity.tlogEntries.length > 0 ? 'verified' : 'not-checked';
  }
  // As cosign --insecure-ignore-tlog: the log entries are not looked at, nor the integrated times they state (an
  // unchecked entry proves no time). A short-lived certificate is judged at a trusted time, so without the log that
  // time must come from an RFC 3161 timestamp of a trusted timestamp authority.
  const timestamps = entity.timestamps.filter((timestamp) => timestamp.$case === 'timestamp-authority');
  if (timestamps.length === 0) {
    reject(
      'certificate-expired',
      'the transparency log is not checked (insecure-ignore-tlog) and no RFC 3161 timestamp proves when the short-lived certificate signed, so its validity cannot be judged',
    );
  }
  new Verifier(material, { ctlogThreshold, tlogThreshold: 0, timestampThreshold: 1 }).verify({ ...entity, tlogEntries: [], timestamps });
  return 'not-checked';
}
