import type { SignatureVerdict } from '../core/verdict.js';
import { isTrusted } from '../core/signature-gate.js';
import { singleLine, truncate } from './markdown.js';
import {
  describeSigner,
  evidenceKind,
  evidenceStatus,
  isEnforced,
  modeText,
  requirementStatus,
  sourceName,
} from './signature-text.js';

/** How many signatures and attestations the log lists; the result JSON has them all. */
export const LOG_EVIDENCE_LIMIT = 20;

// Outside text reaches the log as one line without control characters (see table.ts).
function clean(text: string, maxLength: number): string {
  return truncate(singleLine(text), maxLength);
}

/** The log's lines about signatures and attestations; none when they were not checked. */
export function signatureLines(signatures: SignatureVerdict | undefined): string[] {
  if (signatures === undefined) return [];
  const lines = [`  Signatures and attestations (mode: ${modeText(signatures.mode)}):`];
  for (const requirement of signatures.requirements) {
    const mark = requirement.satisfied ? 'OK  ' : isEnforced(requirement, signatures) ? 'FAIL' : 'WARN';
    lines.push(`    ${mark} ${clean(requirement.description, 200)}: ${clean(requirementStatus(requirement), 400)}`);
  }
  const { results, problems } = signatures;
  if (results.length === 0) lines.push('    No signatures or attestations were found.');
  else lines.push(`    Found (${results.length}):`);
  for (const r of results.slice(0, LOG_EVIDENCE_LIMIT)) {
    lines.push(
      `      - ${isTrusted(r) ? 'verified' : 'REJECTED'}  ${clean(evidenceKind(r), 80)}  in ${clean(`${sourceName(r.source)}: ${r.location}`, 200)}`,
      `        signed by ${clean(describeSigner(r.signer), 200)}${isTrusted(r) ? '' : `; ${clean(evidenceStatus(r), 300)}`}`,
    );
  }
  if (results.length > LOG_EVIDENCE_LIMIT) {
    lines.push(`      … and ${results.length - LOG_EVIDENCE_LIMIT} more (see the job summary or image-gate-result.json)`);
  }
  if (problems.length > 0) {
    lines.push(`    Problems while looking (${problems.length}):`);
    for (const problem of problems.slice(0, LOG_EVIDENCE_LIMIT)) lines.push(`      - ${clean(problem, 300)}`);
    if (problems.length > LOG_EVIDENCE_LIMIT) lines.push(`      … and ${problems.length - LOG_EVIDENCE_LIMIT} more`);
  }
  return lines;
}
