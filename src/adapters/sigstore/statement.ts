/** The in-toto statement inside a DSSE envelope: its subjects bind the attestation to an artifact digest. */
import { reject } from './rejection.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** cosign v3 signs an image as an in-toto statement with this predicate type: that is a signature, not an attestation. */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';

export interface Statement {
  predicateType: string;
  predicate: unknown;
  /** `algorithm:hex` for every digest of every subject, lower-cased. */
  subjectDigests: string[];
}

export function parseStatement(payloadType: string, payload: Buffer): Statement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
    reject('malformed', `the DSSE payload type is ${JSON.stringify(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`);
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    reject('malformed', 'the DSSE payload is not JSON (an in-toto statement was expected)');
  }
  if (!isRecord(json) || !Array.isArray(json.subject) || typeof json.predicateType !== 'string') {
    reject('malformed', 'the DSSE payload is not an in-toto statement (no subject list or predicateType)');
  }
  const subjectDigests: string[] = [];
  for (const subject of json.subject as unknown[]) {
    if (!isRecord(subject) || !isRecord(subject.digest)) continue;
    for (const [algorithm, hex] of Object.entries(subject.digest)) {
      if (typeof hex === 'string') subjectDigests.push(`${algorithm.toLowerCase()}:${hex.toLowerCase()}`);
    }
  }
  return { predicateType: json.predicateType, predicate: json.predicate, subjectDigests };
}

/** Rejects unless `digest` (algorithm:hex) is one of the statement's subjects. */
export function requireSubject(statement: Statement, digest: string, what: string): void {
  if (!statement.subjectDigests.includes(digest.toLowerCase())) {
    const listed = statement.subjectDigests.length > 0 ? statement.subjectDigests.join(', ') : 'none';
    reject('not-bound-to-digest', `the statement is about ${listed}, not ${what} ${digest}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
