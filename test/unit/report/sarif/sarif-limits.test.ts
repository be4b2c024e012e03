import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, severityRank } from '../../../../src/core/model/severity.js';
import { buildSarif, type SarifLog, type SarifResult } from '../../../../src/report/sarif/sarif.js';
import { fitSarifForUpload, gzipSarif, SARIF_MAX_GZIP_BYTES } from '../../../../src/report/sarif/sarif-limits.js';
import { asInputs, gateResult, scanOf, syntheticScan } from '../../../helpers/gate-result.js';
import { platformOutcomes } from '../../../helpers/platform-results.js';

const OPTIONS = { toolVersion: '1.2.3', informationUri: 'https://github.com/image-gate/image-gate' };

/** Each result's ruleIndex points at the rule of its ruleId. */
function rulesConsistent(log: SarifLog): boolean {
  return log.runs.every((run) => run.results.every((r) => run.tool.driver.rules?.[r.ruleIndex]?.id === r.ruleId));
}

const rank = (r: SarifResult): number => severityRank(r.properties.severity);

describe('fitSarifForUpload', () => {
  it('a log within every limit comes back as one payload, unchanged', () => {
    const log = buildSarif(asInputs(gateResult(scanOf('debian-buster'))), OPTIONS);
    const copy = structuredClone(log);
    const fitted = fitSarifForUpload(log);
    expect(fitted).toEqual({ payloads: [copy], dropped: 0, notes: [] });
  });

  it('23 runs become 2 payloads of 20 and 3, in order, nothing dropped', () => {
    const results = Array.from({ length: 23 }, (_, i) => gateResult(scanOf('debian-buster'), { repository: `ghcr.io/acme/app-${i}` }));
    const log = buildSarif(asInputs(...results), OPTIONS);
    const fitted = fitSarifForUpload(log);
    expect(fitted.payloads.map((p) => p.runs.length)).toEqual([20, 3]);
    expect(fitted.payloads.flatMap((p) => p.runs.map((r) => r.properties.imageRepository))).toEqual(results.map((r) => r.subject.repository));
    expect(fitted.payloads.map((p) => p.$schema)).toEqual([log.$schema, log.$schema]);
    expect(fitted.dropped).toBe(0);
    expect(fitted.notes).toEqual(['23 SARIF runs split into 2 uploads: GitHub accepts at most 20 runs per file.']);
  });

  it('the platforms of indexes are runs like any: 3 indexes of 8 platforms are 2 uploads, and notes name the platform', () => {
    const platforms = ['amd64', 'arm64', 'arm/v7', 'arm/v6', '386', 'ppc64le', 's390x', 'riscv64'].map((arch) => `linux/${arch}`);
    const outcomes = ['a', 'b', 'c'].flatMap((image) =>
      platformOutcomes(...platforms.map((name) => ({ name, scan: scanOf('debian-buster'), options: { repository: `ghcr.io/acme/${image}` } }))),
    );
    const log = buildSarif(outcomes, OPTIONS);
    const fitted = fitSarifForUpload(log, { maxResultsPerRun: 1 });
    expect(fitted.payloads.map((p) => p.runs.length)).toEqual([20, 4]);
    expect(fitted.payloads.flatMap((p) => p.runs.map((r) => r.automationDetails.id))).toEqual(log.runs.map((r) => r.automationDetails.id));
    expect(fitted.payloads.every((p) => p.runs.every((r) => r.results.length === 1))).toBe(true);
    expect(fitted.notes[0]).toBe(
      'ghcr.io/acme/a (linux/amd64): 1 of 2 SARIF results dropped, the least severe first: GitHub accepts at most 1 per run.',
    );
  });

  it('a run with 30,000 results keeps the 25,000 most severe, counts the rest, and keeps only the rules it uses', () => {
    const policy = { vulnerabilities: { failOnSeverity: 'LOW' as const, maxCount: {}, onlyFixed: false, scope: 'all' as const } };
    const log = buildSarif(asInputs(gateResult(syntheticScan(30_000), { policy })), { ...OPTIONS, maxResultsPerRun: 40_000 });
    expect(log.runs[0]?.results).toHaveLength(30_000);
    const before = structuredClone(log.runs[0]?.properties);
    const fitted = fitSarifForUpload(log);
    const run = fitted.payloads[0]?.runs[0];
    expect(fitted.payloads).toHaveLength(1);
    expect(run?.results).toHaveLength(25_000);
    expect(fitted.dropped).toBe(5_000);
    expect(run?.properties.resultsOmitted).toBe((before?.resultsOmitted ?? 0) + 5_000);
    // 6,000 of each severity: the 5,000 dropped are all UNKNOWN.
    const kept = new Map(SEVERITIES.map((s) => [s, 0]));
    for (const r of run?.results ?? []) kept.set(r.properties.severity, (kept.get(r.properties.severity) ?? 0) + 1);
    expect(Object.fromEntries(kept)).toEqual({ UNKNOWN: 1_000, LOW: 6_000, MEDIUM: 6_000, HIGH: 6_000, CRITICAL: 6_000 });
    expect(run?.tool.driver.rules).toHaveLength(25_000);
    expect(fitted.payloads.every(rulesConsistent)).toBe(true);
    expect(fitted.notes).toEqual([
      'ghcr.io/acme/app: 5,000 of 30,000 SARIF results dropped, the least severe first: GitHub accepts at most 25,000 per run.',
    ]);
    // The input is left as it was.
    expect(log.runs[0]?.results).toHaveLength(30_000);
    expect(log.runs[0]?.properties).toEqual(before);
  });

  it('a log too big gzipped is trimmed, least severe first, until it is under 10 MB', () => {
    const log = buildSarif(asInputs(gateResult(syntheticScan(1_500))), { ...OPTIONS, maxResultsPerRun: 40_000 });
    const run = log.runs[0];
    if (run === undefined) throw new Error('no run');
    // Random text does not compress: 1,500 × 10 KB of base64 is about 11 MB gzipped.
    run.results = run.results.map((r) => ({ ...r, message: { text: randomBytes(7_500).toString('base64') } }));
    expect(gzipSarif(log).length).toBeGreaterThan(SARIF_MAX_GZIP_BYTES);

    const fitted = fitSarifForUpload(log);
    const payload = fitted.payloads[0];
    if (payload === undefined) throw new Error('no payload');
    const gzipped = gzipSarif(payload);
    expect(gzipped.length).toBeLessThanOrEqual(SARIF_MAX_GZIP_BYTES);
    const kept = payload.runs[0]?.results ?? [];
    expect(fitted.dropped).toBe(1_500 - kept.length);
    expect(fitted.dropped).toBeGreaterThan(0);
    // Not much more than needed: the margin per round is small.
    expect(fitted.dropped).toBeLessThan(450);
    const lowestKept = Math.min(...kept.map(rank));
    const droppedRanks = run.results.filter((r) => !kept.includes(r)).map(rank);
    expect(Math.max(...droppedRanks)).toBeLessThanOrEqual(lowestKept);
    expect(payload.runs[0]?.properties.resultsOmitted).toBe(run.properties.resultsOmitted + fitted.dropped);
    expect(fitted.notes).toEqual([
      `ghcr.io/acme/app: ${fitted.dropped.toLocaleString('en-US')} of 1,500 SARIF results dropped, the least severe first, to fit GitHub's 10,000,000-byte gzipped upload limit.`,
    ]);
    // What is uploaded decodes back to the payload.
    expect(JSON.parse(gunzipSync(gzipped).toString('utf8'))).toEqual(payload);
    expect(rulesConsistent(payload)).toBe(true);
  });

  it("trims across the runs of a payload: one image's low findings go before another's critical ones", () => {
    const results = [
      gateResult(syntheticScan(400), { repository: 'ghcr.io/acme/a' }),
      gateResult(syntheticScan(400), { repository: 'ghcr.io/acme/b' }),
    ];
    const log = buildSarif(asInputs(...results), OPTIONS);
    for (const run of log.runs) run.results = run.results.map((r) => ({ ...r, message: { text: randomBytes(1_500).toString('base64') } }));
    const size = gzipSarif(log).length;
    const fitted = fitSarifForUpload(log, { maxGzipBytes: Math.floor(size * 0.7) });
    const payload = fitted.payloads[0];
    if (payload === undefined) throw new Error('no payload');
    expect(gzipSarif(payload).length).toBeLessThanOrEqual(Math.floor(size * 0.7));
    const ranks = payload.runs.map((run) => run.results.map(rank));
    // Both runs keep all their CRITICAL and HIGH results and lose their UNKNOWN ones.
    for (const kept of ranks) {
      expect(kept.filter((r) => r === severityRank('CRITICAL'))).toHaveLength(80);
      expect(kept.filter((r) => r === severityRank('HIGH'))).toHaveLength(80);
      expect(kept.filter((r) => r === severityRank('UNKNOWN'))).toHaveLength(0);
    }
    expect(fitted.notes).toHaveLength(2);
  });
});
