/**
 * One measurement in a fresh process, so peak RSS is this work's own:
 *   baseline FILE  — a bare JSON.parse of the report
 *   pipeline FILE  — parse + evaluate + SARIF + summary, as a run does
 * Prints one JSON line: { ms, maxRssBytes }.
 */
import { readFileSync } from 'node:fs';
import { evaluate } from '../src/core/gate.js';
import { DEFAULT_POLICY } from '../src/core/policy.js';
import type { GateResult } from '../src/core/result.js';
import { buildSarif, serializeSarif } from '../src/report/sarif.js';
import { renderSummary } from '../src/report/summary.js';
import { parseTrivyReport } from '../src/trivy/report.js';

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'baseline' && mode !== 'pipeline')) throw new Error('usage: pipeline-child baseline|pipeline FILE');

const started = performance.now();
let keep: unknown;
if (mode === 'baseline') {
  keep = JSON.parse(readFileSync(file, 'utf8'));
} else {
  const scan = parseTrivyReport(readFileSync(file), file);
  // With a base declared, so attribution (inherited vs introduced) is part of what is measured.
  const verdict = evaluate(scan, DEFAULT_POLICY, new Date('2026-11-28T00:00:00Z'), { baseDiffIds: scan.diffIds.slice(0, 2) });
  const result: GateResult = {
    subject: { input: file, repository: 'registry.example/acme/app', digest: `sha256:${'a'.repeat(64)}`, pinned: 'registry.example/acme/app@sha256:…', identity: 'verified' },
    scan,
    verdict,
    dockerfile: { path: 'Dockerfile', finalFromLine: 1 },
  };
  const sarif = serializeSarif(buildSarif([{ input: file, result }], { toolVersion: 'bench', informationUri: 'https://example.invalid' }));
  const summary = renderSummary([result]);
  keep = [sarif.length, summary.length, verdict.findings.length];
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, keep: Array.isArray(keep) ? keep : 'parsed' })}\n`);
