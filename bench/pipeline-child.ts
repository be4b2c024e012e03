/**
 * One measurement in a fresh process, so peak RSS is this work's own:
 *   baseline FILE  — a bare JSON.parse of the report
 *   pipeline FILE  — parse + judge + redact + SARIF + summary, as a run does
 * Prints one JSON line: { ms, maxRssBytes }.
 */
import { readFileSync } from 'node:fs';
import { judge } from '../src/core/judge/judge.js';
import { DEFAULT_POLICY } from '../src/core/model/policy.js';
import type { GateResult } from '../src/core/model/result.js';
import { buildSarif, serializeSarif } from '../src/report/sarif/sarif.js';
import { redactValues } from '../src/report/neutralise/redact-values.js';
import { Redactor } from '../src/report/neutralise/redaction.js';
import { judgedResults } from '../src/report/step-outcome.js';
import { renderSummary } from '../src/report/summary/summary.js';
import { parseTrivyReport } from '../src/adapters/trivy/report.js';

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'baseline' && mode !== 'pipeline')) throw new Error('usage: pipeline-child baseline|pipeline FILE');

const started = performance.now();
let keep: unknown;
if (mode === 'baseline') {
  keep = JSON.parse(readFileSync(file, 'utf8'));
} else {
  const scan = parseTrivyReport(readFileSync(file), file);
  // With a base declared, so attribution (inherited vs introduced) is part of what is measured; its layers
  // proven, as the base-image check finds them when they are the image's first.
  const baseImage = {
    checks: [{ rule: 'proven' as const, status: 'pass' as const, line: 1, image: 'base:1', message: 'the layers begin with the base' }],
    facts: { written: 'base:1', line: 1, diffIds: scan.diffIds.slice(0, 2), newerTags: [] },
  };
  const verdict = judge({ scan, baseImage }, DEFAULT_POLICY, new Date('2026-11-28T00:00:00Z'));
  const result: GateResult = {
    subject: {
      input: file,
      repository: 'registry.example/acme/app',
      digest: `sha256:${'a'.repeat(64)}`,
      pinned: 'registry.example/acme/app@sha256:…',
      identity: 'verified',
    },
    scan,
    verdict,
    dockerfile: { path: 'Dockerfile', finalFromLine: 1 },
  };
  // As the Action does: the outcomes are redacted once (here with the step's GitHub token registered) before
  // anything is rendered from them, the redactor proving the clean parts clean without copying them.
  const redactor = new Redactor();
  redactor.addSecret(`ghs_${'b'.repeat(36)}`);
  const outcomes = redactValues([{ input: file, result }], (text) => redactor.redact(text), redactor);
  const sarif = serializeSarif(buildSarif(outcomes, { toolVersion: 'bench', informationUri: 'https://example.invalid' }));
  const summary = renderSummary(judgedResults(outcomes));
  keep = [sarif.length, summary.length, verdict.findings.length];
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, keep: Array.isArray(keep) ? keep : 'parsed' })}\n`);
