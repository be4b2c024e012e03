import type { GateResult } from '../../core/model/result.js';
import { attributionLine, effectMark, effectText, normalizedName, RULE_NAMES } from '../text/base-image-text.js';
// Outside text reaches these lines through oneLine only, as in every table of the log (see table.ts).
import { oneLine } from '../text/log-text.js';

/** How many newer tags the log names. */
const LOG_NEWER_TAGS = 5;
/** How many base-image checks the log shows: there is one per FROM line, and the Dockerfile decides how many. */
export const LOG_BASE_CHECKS = 50;
/** What is shown first when not every check fits: what the user must act on. */
const EFFECT_ORDER = { fail: 0, warn: 1, pass: 2, off: 3 } as const;

/** The log's lines about the base image; none when it was not checked and nothing was attributed. */
export function baseImageLines(result: GateResult): string[] {
  const base = result.verdict.baseImage;
  const attribution = base?.attribution ?? result.verdict.attribution;
  if (base === undefined && attribution === undefined) return [];
  const lines = ['  Base image:'];
  const facts = base?.facts;
  if (facts !== undefined) {
    const file = result.dockerfile?.path ?? 'Dockerfile';
    const normalized = normalizedName(facts);
    const also = normalized === undefined ? '' : ` (${oneLine(normalized, 200)})`;
    lines.push(`    FROM ${oneLine(facts.written, 200)}${also}  (${oneLine(file, 200)} line ${facts.line})`);
    lines.push(`    digest: ${facts.digest === undefined ? '(not resolved)' : oneLine(facts.digest, 100)}`);
    if (facts.newerTags.length > 0) {
      const more = facts.newerTags.length - LOG_NEWER_TAGS;
      lines.push(`    newer tags: ${oneLine(facts.newerTags.slice(0, LOG_NEWER_TAGS).join(', '), 300)}${more > 0 ? ` (and ${more} more)` : ''}`);
    }
  }
  const checks = base?.checks ?? [];
  const shown =
    checks.length <= LOG_BASE_CHECKS ? checks : [...checks].sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]).slice(0, LOG_BASE_CHECKS);
  for (const check of shown) {
    lines.push(
      `    ${effectMark(check).padEnd(4)} line ${check.line} ${oneLine(check.image, 120)}: ${RULE_NAMES[check.rule]}: ${effectText(check)}; ${oneLine(check.message, 300)}`,
    );
    if (check.suggestion !== undefined && check.effect !== 'pass') lines.push(`         suggestion: ${oneLine(check.suggestion, 300)}`);
  }
  if (checks.length > shown.length) {
    lines.push(`    … and ${checks.length - shown.length} more checks (see the job summary or image-gate-result.json)`);
  }
  for (const advice of base?.advice ?? []) lines.push(`    advice: ${oneLine(advice, 400)}`);
  if (attribution !== undefined) lines.push(`    vulnerabilities: ${attributionLine(attribution)}`);
  return lines;
}
