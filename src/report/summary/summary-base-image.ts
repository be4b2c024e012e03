import type { GateResult } from '../../core/model/result.js';
import { SEVERITIES, type Severity } from '../../core/model/severity.js';
import type { Attribution } from '../../core/model/verdict.js';
import { attributionLine, effectText, normalizedName, RULE_NAMES } from '../text/base-image-text.js';
import { escapeCell, escapeMarkdown, markdownTable } from './markdown.js';

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();
const ICONS = { pass: '✅', fail: '❌', warn: '⚠️', off: '➖' } as const;

/**
 * The job summary's "Base image" section: the final FROM, what it resolved to, each check with its
 * status and suggestion, newer tags, advice, and where the vulnerabilities came from. Empty when
 * neither base checks nor attribution were made.
 */
export function baseImageSection(result: GateResult, rows: number): string {
  const base = result.verdict.baseImage;
  const attribution = base?.attribution ?? result.verdict.attribution;
  if (base === undefined && attribution === undefined) return '';
  const parts = ['**Base image**'];
  const facts = base?.facts;
  if (facts !== undefined) {
    const where = result.dockerfile === undefined ? `line ${facts.line}` : `${result.dockerfile.path} line ${facts.line}`;
    const normalized = normalizedName(facts);
    const also = normalized === undefined ? '' : ` (${escapeCell(normalized, 300)})`;
    parts.push(
      [
        `- **FROM:** ${escapeCell(facts.written, 300)}${also} (${escapeCell(where, 300)})`,
        `- **Digest:** ${facts.digest === undefined ? 'not resolved' : escapeCell(facts.digest, 100)}`,
        ...(facts.newerTags.length > 0
          ? [`- **Newer tags of the same line:** ${escapeCell(facts.newerTags.slice(0, Math.max(rows, 5)).join(', '), 600)}`]
          : []),
      ].join('\n'),
    );
  } else if (base !== undefined) {
    parts.push('The base image could not be looked up.');
  }
  if (base !== undefined && base.checks.length > 0) {
    parts.push(
      markdownTable(
        ['Line', 'FROM', 'Check', 'Status', 'Details', 'Suggestion'],
        base.checks.map((check) => [
          String(check.line),
          escapeCell(check.image, 120),
          escapeCell(RULE_NAMES[check.rule], 80),
          `${ICONS[check.effect]} ${escapeCell(effectText(check), 80)}`,
          escapeCell(check.message, 400),
          escapeCell(check.suggestion ?? '', 300),
        ]),
      ),
    );
  }
  if (base !== undefined && base.advice.length > 0) {
    parts.push(base.advice.map((advice) => `- 💡 ${escapeMarkdown(advice)}`).join('\n'));
  }
  if (attribution !== undefined) parts.push(attributionTable(attribution));
  return parts.join('\n\n');
}

/** Inherited / introduced / unknown per severity. */
export function attributionTable(attribution: Attribution): string {
  const sum = (record: Record<Severity, number>): string => String(SEVERITIES.reduce((n, s) => n + record[s], 0));
  const rows = MOST_SEVERE_FIRST.map((s) => [s, String(attribution.inherited[s]), String(attribution.introduced[s]), String(attribution.unknown[s])]);
  rows.push(['**Total**', sum(attribution.inherited), sum(attribution.introduced), sum(attribution.unknown)]);
  return [
    '**Where the vulnerabilities came from**',
    '',
    markdownTable(['Severity', 'Inherited (base)', 'Introduced (own layers)', 'Unknown origin'], rows),
    '',
    escapeMarkdown(attributionLine(attribution)),
  ].join('\n');
}
