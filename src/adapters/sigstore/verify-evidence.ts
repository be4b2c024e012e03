/**
 * One piece of Evidence → one EvidenceResult. Fails closed: any error while verifying is a rejection with a
 * code and a reason, never an exception and never a pass.
 */
import type { Evidence, EvidenceResult } from '../../core/model/signatures.js';
import { checkBundle, type BundleCheck, type SignerRules } from './check-bundle.js';
import { cosignLayerToBundle, requireSimpleSigningDigest } from './cosign-layer.js';
import { reject, toRejection, type Rejection } from './rejection.js';
import { COSIGN_SIGN_PREDICATE_TYPE, parseStatement, requireSubject, type Statement } from './statement.js';
import type { TrustContext } from './trusted-root.js';
import { errorMessage } from '../../core/model/errors.js';

export function verifyEvidence(evidence: Evidence, imageDigest: string, trust: TrustContext, rules: SignerRules): Promise<EvidenceResult> {
  const result: EvidenceResult = { source: evidence.source, location: evidence.location, kind: 'signature', verified: false };
  try {
    let check: BundleCheck;
    let artifact: Buffer | undefined;
    if (evidence.form.kind === 'bundle') {
      check = checkBundle(parseJson(evidence.form.bytes), undefined, trust, rules);
    } else {
      const converted = cosignLayerToBundle(evidence.form.payload, evidence.form.mediaType, evidence.form.annotations);
      artifact = converted.artifact;
      check = checkBundle(converted.bundle, artifact, trust, rules);
    }
    if (check.signer) result.signer = check.signer;

    let statement: Statement | undefined;
    let statementError: Rejection | undefined;
    if (check.dsse) {
      try {
        statement = parseStatement(check.dsse.payloadType, check.dsse.payload);
        result.predicateType = statement.predicateType;
        if (statement.predicateType !== COSIGN_SIGN_PREDICATE_TYPE) result.kind = 'attestation';
      } catch (error) {
        statementError = toRejection(error);
      }
    }
    // The signature and the signer first: a binding is worth nothing over an unverified signature.
    if (check.rejection) return Promise.resolve(rejected(result, check.rejection));
    if (statementError) return Promise.resolve(rejected(result, statementError));
    if (statement) {
      requireSubject(statement, imageDigest, 'image');
      if (result.kind === 'attestation') result.predicate = statement.predicate;
    } else if (artifact) {
      requireSimpleSigningDigest(artifact, imageDigest);
    } else {
      return Promise.resolve(rejected(result, { code: 'not-bound-to-digest', message: 'nothing in it names the image digest' }));
    }
    result.verified = true;
    if (check.transparencyLog !== undefined) result.transparencyLog = check.transparencyLog;
    return Promise.resolve(result);
  } catch (error) {
    return Promise.resolve(rejected(result, toRejection(error)));
  }
}

function rejected(result: EvidenceResult, rejection: Rejection): EvidenceResult {
  delete result.predicate;
  return { ...result, verified: false, rejection };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return reject('malformed', `the bundle is not JSON (${errorMessage(error)})`);
  }
}
