import type { GateResult } from '../../core/model/result.js';
import { details, escapeCell, escapeMarkdown, markdownTable } from './markdown.js';
import { describeSigner, evidenceKind, evidenceStatus, isEnforced, modeText, requirementStatus, sourceName } from '../text/signature-text.js';
import { isTrusted } from '../../core/judge/signature-gate.js';

/** Evidence tables longer than this fold into a <details> block. */
const FOLD_AFTER = 10;

/**
 * The job summary's "Signatures and attestations" section: what the policy asked for and whether
 * it got it, then every signature and attestation found, where, who signed it, and why each
 * rejected one was rejected. Empty when signatures were not checked.
 */
export function signaturesSection(result: GateResult, rows: number, cut: boolean): string {
  const signatures = result.verdict.signatures;
  if (signatures === undefined) return '';
  const parts = [`**Signatures and attestations** (mode: ${modeText(signatures.mode)})`];
  if (signatures.requirements.length > 0) {
    parts.push(
      signatures.requirements
        .map((requirement) => {
          const icon = requirement.satisfied ? '✅' : isEnforced(requirement, signatures) ? '❌' : '⚠️';
          const reported = !requirement.required || signatures.mode !== 'required' ? ' (reported only)' : '';
          return `- ${icon} ${escapeMarkdown(requirement.description)}${reported}: ${escapeCell(requirementStatus(requirement), 600)}`;
        })
        .join('\n'),
    );
  }
  const { results } = signatures;
  if (results.length === 0) {
    parts.push('No signatures or attestations were found.');
  } else {
    const shown = results.slice(0, rows);
    const table = markdownTable(
      ['Kind', 'Found in', 'Signed by', 'Status'],
      shown.map((r) => [
        escapeCell(evidenceKind(r), 80),
        escapeCell(`${sourceName(r.source)}: ${r.location}`, 200),
        escapeCell(describeSigner(r.signer), 200),
        `${isTrusted(r) ? '✅' : '❌'} ${escapeCell(evidenceStatus(r), 300)}`,
      ]),
    );
    const more =
      results.length > shown.length
        ? `\n\n…and ${results.length - shown.length} more not shown here${cut ? ' (cut to fit the 1 MiB job summary limit)' : ''}; image-gate-result.json lists them all.`
        : '';
    const title = `Found (${results.length})`;
    parts.push(shown.length > FOLD_AFTER ? details(`<b>${title}</b>`, table + more) : `${title}\n\n${table}${more}`);
  }
  const { problems } = signatures;
  if (problems.length > 0) {
    const listed = problems.slice(0, rows);
    const rest = problems.length - listed.length;
    parts.push(
      [
        `⚠️ **Problems while looking (${problems.length})**`,
        '',
        ...listed.map((problem) => `- ${escapeCell(problem, 500)}`),
        ...(rest > 0 ? [`- …and ${rest} more`] : []),
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
}
