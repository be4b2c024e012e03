/** Turning whatever went wrong while verifying into one of our rejection codes with a message a person can act on. */
import { PolicyError, VerificationError } from '@sigstore/verify';
import type { RejectionCode } from '../../core/model/signatures.js';
import { errorMessage } from '../../core/model/errors.js';

export interface Rejection {
  code: RejectionCode;
  message: string;
}

export class RejectionError extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.message);
  }
}

export function reject(code: RejectionCode, message: string): never {
  throw new RejectionError({ code, message });
}

/** What the signed entity offered, to tell "no timestamp at all" from "a timestamp that does not check out". */
export interface EntityFacts {
  keyless: boolean;
  tlogEntries: number;
  timestamps: number;
  timestampOverOtherSignature: boolean;
  certificateNotAfter?: Date;
}

export function toRejection(error: unknown, facts?: EntityFacts): Rejection {
  if (error instanceof RejectionError) return error.rejection;
  if (error instanceof VerificationError) return fromVerificationError(error, facts);
  if (error instanceof PolicyError) return { code: 'wrong-identity', message: error.message };
  return { code: 'malformed', message: `cannot be read: ${errorMessage(error)}` };
}

function fromVerificationError(error: VerificationError, facts: EntityFacts | undefined): Rejection {
  const detail = [error.message, causeMessage(error)].filter(Boolean).join(': ');
  switch (error.code) {
    case 'SIGNATURE_ERROR':
      return { code: 'signature-invalid', message: `the signature does not verify over the signed content (${detail})` };
    case 'TLOG_BODY_ERROR':
      return {
        code: 'signature-invalid',
        message: `the transparency-log entry records a different signature or content: it was altered (${detail})`,
      };
    case 'TLOG_ERROR':
    case 'TLOG_INCLUSION_PROOF_ERROR':
    case 'TLOG_INCLUSION_PROMISE_ERROR':
    case 'TLOG_MISSING_INCLUSION_ERROR':
      return { code: 'no-tlog-entry', message: `no valid entry in a trusted transparency log (${detail})` };
    case 'CERTIFICATE_ERROR':
      if (/expired|not valid/i.test(detail)) {
        return { code: 'certificate-expired', message: `the certificate was not valid at the time the signature was made (${detail})` };
      }
      return { code: 'untrusted-ca', message: `the certificate does not chain to a trusted certificate authority or CT log (${detail})` };
    case 'TIMESTAMP_ERROR':
      if (facts?.timestampOverOtherSignature) {
        return { code: 'signature-invalid', message: 'the RFC 3161 timestamp covers a different signature: the signature was altered' };
      }
      if (facts?.timestamps === 0) {
        if (facts.tlogEntries === 0)
          return { code: 'no-tlog-entry', message: 'no transparency-log entry and no timestamp: nothing proves when it was signed' };
        if (facts.keyless) {
          const until = facts.certificateNotAfter ? ` (it expired ${facts.certificateNotAfter.toISOString()})` : '';
          return { code: 'certificate-expired', message: `no trusted timestamp proves the short-lived certificate was valid when it signed${until}` };
        }
      }
      return {
        code: 'untrusted-ca',
        message: `a timestamp does not come from a trusted timestamp authority or does not cover this signature (${detail})`,
      };
    case 'PUBLIC_KEY_ERROR':
      return { code: 'untrusted-key', message: `not signed by a trusted key (${detail})` };
    case 'NOT_IMPLEMENTED_ERROR':
      return { code: 'malformed', message: `uses something the verifier does not support (${detail})` };
  }
}

function causeMessage(error: VerificationError): string {
  const cause: unknown = error.cause;
  return cause instanceof Error ? cause.message : '';
}
