import type { SignatureVerdict } from '../../core/model/verdict.js';
import { isTrusted } from '../../core/judge/signature-gate.js';
// Outside text reaches these lines through oneLine only, as in every table of the log (see table.ts).
import { oneLine } from '../text/log-text.js';
import {
  describeSigner,
  evidenceKind,
  evidenceStatus,
  isEnforced,
  modeText,
  requirementStatus,
  sourceName,
  transparencyLogNote,
} from '../text/signature-text.js';

/** How many signatures and attestations the log lists; the result JSON has them all. */
export const LOG_EVIDENCE_LIMIT = 20;

/** The log's lines about signatures and attestations; none when they were not checked. */
export function signatureLines(signatures: SignatureVerdict | undefined): string[] {
  if (signatures === undefined) return [];
  const lines = [`  Signatures and attestations (mode: ${modeText(signatures.mode)}):`];
  for (const requirement of signatures.requirements) {
    const mark = requirement.satisfied ? 'OK  ' : isEnforced(requirement, signatures) ? 'FAIL' : 'WARN';
    lines.push(`    ${mark} ${oneLine(requirement.description, 200)}: ${oneLine(requirementStatus(requirement), 400)}`);
  }
  const { results, problems } = signatures;
  if (results.length === 0) lines.push('    No signatures or attestations were found.');
  else lines.push(`    Found (${results.length}):`);
  for (const r of results.slice(0, LOG_EVIDENCE_LIMIT)) {
    const note = isTrusted(r) ? transparencyLogNote(r) : evidenceStatus(r);
    lines.push(
      `      - ${isTrusted(r) ? 'verified' : 'REJECTED'}  ${oneLine(evidenceKind(r), 80)}  in ${oneLine(`${sourceName(r.source)}: ${r.location}`, 200)}`,
      `        signed by ${oneLine(describeSigner(r.signer), 200)}${note === undefined ? '' : `; ${oneLine(note, 300)}`}`,
    );
  }
  if (results.length > LOG_EVIDENCE_LIMIT) {
    lines.push(`      … and ${results.length - LOG_EVIDENCE_LIMIT} more (see the job summary or image-gate-result.json)`);
  }
  if (problems.length > 0) {
    lines.push(`    Problems while looking (${problems.length}):`);
    for (const problem of problems.slice(0, LOG_EVIDENCE_LIMIT)) lines.push(`      - ${oneLine(problem, 300)}`);
    if (problems.length > LOG_EVIDENCE_LIMIT) lines.push(`      … and ${problems.length - LOG_EVIDENCE_LIMIT} more`);
  }
  return lines;
}
