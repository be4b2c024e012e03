import { describe, expect, it } from 'vitest';
import type { MisconfigurationFinding, ScanReport, SecretFinding, VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import {
  buildSarif,
  FINGERPRINT_KEY,
  platformCategory,
  MAX_RESULTS_PER_RUN,
  securitySeverity,
  serializeSarif,
  type SarifLog,
  type SarifResult,
} from '../../../../src/report/sarif/sarif.js';
import type { ImageOutcome } from '../../../../src/core/model/result.js';
import { asInputs, DIGEST, gateResult, scanOf, syntheticScan } from '../../../helpers/gate-result.js';
import { findingsWithIds, platformDigest, platformOutcomes, scanWithFindings } from '../../../helpers/platform-results.js';
import { codeScanningProblems, sarifSchemaErrors } from '../../../helpers/sarif-schema.js';

const OPTIONS = { toolVersion: '1.2.3', informationUri: 'https://github.com/image-gate/image-gate' };
const FIXTURES = [
  'alpine-310',
  'alpine-39-skip-files-no-results',
  'debian-buster',
  'distroless-base',
  'dockerfile-misconfig',
  'licenses-from-sbom',
  'secrets-repo',
  'spring4shell-jre11',
  'ubuntu-1804',
];

function onlyRun(log: SarifLog) {
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

function fingerprint(result: SarifResult | undefined): string | undefined {
  return result?.partialFingerprints[FINGERPRINT_KEY];
}

describe('buildSarif validity', () => {
  it('every fixture, one run each, is valid against both schemas and within code scanning limits', () => {
    const results = FIXTURES.map((fixture) =>
      gateResult(scanOf(fixture), {
        repository: `ghcr.io/acme/${fixture}`,
        policy: { misconfigurations: { failOnSeverity: 'MEDIUM' }, licenses: { deny: [], denyCategories: ['reciprocal'] } },
        ...(fixture.startsWith('alpine') && { dockerfile: { path: 'docker/Dockerfile', finalFromLine: 7 } }),
      }),
    );
    // Round-trip through the serialised text, which is what gets uploaded.
    const log: unknown = JSON.parse(serializeSarif(buildSarif(asInputs(...results), OPTIONS)));
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(codeScanningProblems(log as SarifLog)).toEqual([]);
    expect((log as SarifLog).runs).toHaveLength(FIXTURES.length);
  });

  it('the schema check itself rejects a broken log', () => {
    const log = buildSarif(asInputs(gateResult(scanOf('debian-buster'))), OPTIONS);
    const broken = JSON.parse(serializeSarif(log)) as { runs: { results: { level: string; message?: unknown }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    delete broken.runs[0]!.results[0]!.message;
    const errors = sarifSchemaErrors(broken);
    expect(errors.some((e) => e.startsWith('oasis:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('codeql-action:'))).toBe(true);
  });

  it('100,000 findings: capped at the upload limit, violations first', () => {
    const result = gateResult(syntheticScan(100_000));
    const started = performance.now();
    const text = serializeSarif(buildSarif(asInputs(result), OPTIONS));
    const elapsed = performance.now() - started;
    const log = JSON.parse(text) as SarifLog;
    const run = onlyRun(log);
    expect(run.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(run.properties.findings).toBe(100_000);
    expect(run.properties.resultsOmitted).toBe(100_000 - MAX_RESULTS_PER_RUN);
    // 20,000 CRITICAL and 20,000 HIGH violate under the default policy: they come first.
    expect(run.results.slice(0, 20_000).every((r) => r.level === 'error' && r.properties.severity === 'CRITICAL')).toBe(true);
    expect(run.results[20_000]?.properties.severity).toBe('HIGH');
    expect(run.tool.driver.rules).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(codeScanningProblems(log)).toEqual([]);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('a capped run is still valid SARIF', () => {
    // The schemas' uniqueItems checks compare every pair of rules, so the schema check runs on a smaller cap.
    const log = buildSarif(asInputs(gateResult(syntheticScan(5_000))), { ...OPTIONS, maxResultsPerRun: 1_000 });
    const run = onlyRun(log);
    expect(run.results).toHaveLength(1_000);
    expect(run.properties.resultsOmitted).toBe(4_000);
    expect(run.results.every((r) => run.tool.driver.rules![r.ruleIndex]!.id === r.ruleId)).toBe(true);
    expect(sarifSchemaErrors(JSON.parse(serializeSarif(log)))).toEqual([]);
  });
});

describe('rules and results', () => {
  it('debian-buster: one rule per ID with severity, tags, help and a security-severity in its band', () => {
    const run = onlyRun(buildSarif(asInputs(gateResult(scanOf('debian-buster'))), OPTIONS));
    expect(run.tool.driver).toMatchObject({ name: 'image-gate', version: '1.2.3', informationUri: OPTIONS.informationUri });
    expect(run.tool.extensions).toEqual([{ name: 'Trivy', version: 'dev' }]);
    const [critical, low] = run.tool.driver.rules!;
    expect(critical).toMatchObject({
      id: 'CVE-2019-18224',
      name: 'OsPackageVulnerability',
      helpUri: 'https://avd.aquasec.com/nvd/cve-2019-18224',
      defaultConfiguration: { level: 'error' },
      // NVD's 9.8 lies in the critical band, so it is used as is.
      properties: { 'security-severity': '9.8', tags: ['security', 'vulnerability', 'CRITICAL'], precision: 'very-high' },
    });
    expect(critical?.help.markdown).toContain(
      '| CRITICAL | libidn2-0 | 2.0.5-1+deb10u1 | [CVE-2019-18224](https://avd.aquasec.com/nvd/cve-2019-18224) |',
    );
    // Debian rates it LOW while NVD says 7.8: code scanning must agree with the gate, so LOW's default.
    expect(low).toMatchObject({ id: 'CVE-2019-18276', defaultConfiguration: { level: 'note' }, properties: { 'security-severity': '2.0' } });

    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.properties.status])).toEqual([
      ['CVE-2019-18224', 0, 'error', 'violation'],
      ['CVE-2019-18276', 1, 'note', 'allowed'],
    ]);
    expect(run.results[0]?.message.text).toBe(
      'CVE-2019-18224 (CRITICAL) in libidn2-0 2.0.5-1 → 2.0.5-1+deb10u1: libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c. ' +
        'Image: ghcr.io/acme/app. Target: testdata/fixtures/images/debian-buster.tar.gz (debian 10.1). Policy: VIOLATION.',
    );
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.properties).toMatchObject({ imageRepository: 'ghcr.io/acme/app', verdict: 'fail', mode: 'enforce', resultsOmitted: 0 });
  });

  it('ubuntu-1804: findings sharing a CVE share one rule object', () => {
    const run = onlyRun(buildSarif(asInputs(gateResult(scanOf('ubuntu-1804'))), OPTIONS));
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(['CVE-2019-5094', 'CVE-2019-18276']);
    expect(run.results.map((r) => r.ruleIndex)).toEqual([0, 0, 0, 0, 1]);
    expect(run.results.every((r) => run.tool.driver.rules![r.ruleIndex]!.id === r.ruleId)).toBe(true);
    expect(run.results.slice(0, 4).every((r) => r.level === 'note')).toBe(true);
    expect(run.tool.driver.rules![0]!.properties['security-severity']).toBe('6.7');
  });

  it('levels: violation → error, allowed HIGH → warning, allowed below HIGH → note', () => {
    const misconfig = onlyRun(buildSarif(asInputs(gateResult(scanOf('dockerfile-misconfig'))), OPTIONS));
    expect(misconfig.results.map((r) => [r.ruleId, r.level])).toEqual([['DS-0002', 'warning']]);
    const failing = onlyRun(
      buildSarif(asInputs(gateResult(scanOf('dockerfile-misconfig'), { policy: { misconfigurations: { failOnSeverity: 'HIGH' } } })), OPTIONS),
    );
    expect(failing.results[0]?.level).toBe('error');
    expect(failing.tool.driver.rules![0]).toMatchObject({ name: 'Misconfiguration', properties: { 'security-severity': '7.0' } });
  });

  it('secrets and licenses get prefixed rule IDs; two hits of one rule in one file stay two alerts', () => {
    const scan = scanOf('secrets-repo');
    const first = scan.findings[0] as SecretFinding;
    const again: SecretFinding = { ...first, startLine: 40, endLine: 40 };
    const run = onlyRun(buildSarif(asInputs(gateResult({ ...scan, findings: [...scan.findings, again] })), OPTIONS));
    expect(run.results.map((r) => r.ruleId)).toEqual(['secret/aws-access-key-id', 'secret/aws-access-key-id', 'secret/mysecret']);
    expect(new Set(run.results.map(fingerprint)).size).toBe(3);
    expect(run.tool.driver.rules![0]?.properties['security-severity']).toBe('9.5');

    const licenses = onlyRun(buildSarif(asInputs(gateResult(scanOf('licenses-from-sbom'))), OPTIONS));
    expect(licenses.results.map((r) => r.ruleId)).toEqual(['license/EPL-1.0', 'license/BSD-3-Clause', 'license/MIT License']);
  });

  it('checks that did not fail are not results', () => {
    const scan = scanOf('dockerfile-misconfig');
    const passed: MisconfigurationFinding = { ...(scan.findings[0] as MisconfigurationFinding), status: 'PASS' };
    const run = onlyRun(buildSarif(asInputs(gateResult({ ...scan, findings: [passed] })), OPTIONS));
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
  });

  it('ignored findings carry an external suppression with the reason', () => {
    const result = gateResult(scanOf('debian-buster'), {
      policy: { ignore: [{ id: 'CVE-2019-18224', reason: 'patched in our fork', expires: '2025-12-31', origin: 'gate.yml line 4' }] },
    });
    const run = onlyRun(buildSarif(asInputs(result), OPTIONS));
    const ignored = run.results.find((r) => r.ruleId === 'CVE-2019-18224');
    expect(ignored?.level).toBe('note');
    expect(ignored?.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'patched in our fork (gate.yml line 4, until 2025-12-31)' },
    ]);
    expect(run.results.find((r) => r.ruleId === 'CVE-2019-18276')).not.toHaveProperty('suppressions');
    expect(sarifSchemaErrors(JSON.parse(serializeSarif(buildSarif(asInputs(result), OPTIONS))))).toEqual([]);
  });
});

describe('hostile text', () => {
  it('a package name with pipes and HTML is escaped in help Markdown and kept verbatim in plain text', () => {
    const scan = scanOf('debian-buster');
    const hostile: VulnerabilityFinding = {
      ...(scan.findings.find((f) => f.kind === 'vulnerability' && f.fixedVersion) as VulnerabilityFinding),
      packageName: 'evil|pkg<script>alert(1)</script>',
      title: 'title\nwith [link](javascript:alert(1))',
      url: 'javascript:alert(1)',
    };
    const log = buildSarif(asInputs(gateResult({ ...scan, findings: [hostile] })), OPTIONS);
    const run = onlyRun(log);
    const rule = run.tool.driver.rules![0]!;
    expect(rule.help.markdown).not.toMatch(/<script|(?<!\\)\]\(javascript:/);
    expect(rule.help.markdown).toContain('| CRITICAL | evil\\|pkg&lt;script&gt;alert(1)&lt;/script&gt; |');
    expect(rule).not.toHaveProperty('helpUri');
    expect(rule.fullDescription.text).toBe('title with [link](javascript:alert(1))');
    expect(run.results[0]?.message.text).toContain('in evil|pkg<script>alert(1)</script> 2.0.5-1');
    expect(sarifSchemaErrors(JSON.parse(serializeSarif(log)))).toEqual([]);
  });
});

describe('locations', () => {
  it('the Dockerfile final FROM line when known', () => {
    const run = onlyRun(
      buildSarif(asInputs(gateResult(scanOf('debian-buster'), { dockerfile: { path: 'services/api/Dockerfile', finalFromLine: 14 } })), OPTIONS),
    );
    expect(run.results.every((r) => r.locations.length === 1)).toBe(true);
    expect(run.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'services/api/Dockerfile' },
      region: { startLine: 14 },
    });
  });

  it('otherwise the repository as a relative pseudo path, with a port that cannot read as a scheme', () => {
    const run = onlyRun(buildSarif(asInputs(gateResult(scanOf('debian-buster'), { repository: 'localhost:5000/team/app' })), OPTIONS));
    expect(run.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'localhost%3A5000/team/app' },
      region: { startLine: 1 },
    });
  });
});

describe('fingerprints and categories', () => {
  it('are stable across two digests of one repository, and across an OS point release', () => {
    const scan = scanOf('ubuntu-1804');
    const before = onlyRun(buildSarif(asInputs(gateResult(scan, { digest: `sha256:${'1'.repeat(64)}` })), OPTIONS));
    const rebuilt: ScanReport = {
      ...scan,
      findings: scan.findings.map((f) =>
        f.kind === 'vulnerability' ? { ...f, target: 'ghcr.io/acme/app:1.1 (ubuntu 18.04.6)', installedVersion: `${f.installedVersion}.1` } : f,
      ),
    };
    const after = onlyRun(buildSarif(asInputs(gateResult(rebuilt, { digest: `sha256:${'2'.repeat(64)}` })), OPTIONS));
    expect(after.results.map(fingerprint)).toEqual(before.results.map(fingerprint));
    expect(new Set(before.results.map(fingerprint)).size).toBe(before.results.length);
    expect(before.results.every((r) => /^[0-9a-f]{64}$/.test(fingerprint(r) ?? ''))).toBe(true);
  });

  it('differ between repositories, whose runs also get distinct categories', () => {
    const scan = scanOf('debian-buster');
    const log = buildSarif(
      asInputs(gateResult(scan, { repository: 'ghcr.io/acme/api' }), gateResult(scan, { repository: 'ghcr.io/acme/web' })),
      OPTIONS,
    );
    const [api, web] = log.runs;
    expect(api?.automationDetails.id).toBe('image-gate/ghcr.io/acme/api/');
    expect(web?.automationDetails.id).toBe('image-gate/ghcr.io/acme/web/');
    const apiPrints = new Set(api?.results.map(fingerprint));
    expect(web?.results.some((r) => apiPrints.has(fingerprint(r)))).toBe(false);
    expect(codeScanningProblems(log)).toEqual([]);
  });

  it('two images of one repository in one log still get distinct categories', () => {
    const scan = scanOf('debian-buster');
    const log = buildSarif(asInputs(gateResult(scan), gateResult(scan, { digest: `sha256:${'f'.repeat(64)}` })), OPTIONS);
    expect(log.runs.map((r) => r.automationDetails.id)).toEqual(['image-gate/ghcr.io/acme/app/', 'image-gate/ghcr.io/acme/app#2/']);
    expect(codeScanningProblems(log)).toEqual([]);
  });

  it('numbers categories over all inputs: an image after an errored one of its repository never takes its category', () => {
    const scan = scanOf('debian-buster');
    const first = gateResult(scan);
    const second = gateResult(scan, { digest: `sha256:${'f'.repeat(64)}` });
    const judged = buildSarif(asInputs(first, second), OPTIONS);
    const errored = buildSarif(
      [{ input: 'ghcr.io/acme/app:amd64', error: 'unreachable', repository: 'ghcr.io/acme/app' }, ...asInputs(second)],
      OPTIONS,
    );
    // The errored input gets no run, and the second image keeps the category it has when both are judged.
    expect(errored.runs.map((r) => r.automationDetails.id)).toEqual(['image-gate/ghcr.io/acme/app#2/']);
    expect(judged.runs[1]?.automationDetails.id).toBe('image-gate/ghcr.io/acme/app#2/');
    // An errored input that names no repository (a report that could not be read) counts for none.
    const unnamed = buildSarif([{ input: 'report.json', error: 'not a Trivy report' }, ...asInputs(first)], OPTIONS);
    expect(unnamed.runs.map((r) => r.automationDetails.id)).toEqual(['image-gate/ghcr.io/acme/app/']);
  });
});

describe('an index gated per platform: one run per platform', () => {
  const buster = scanOf('debian-buster');
  const distroless = scanOf('distroless-base');
  // arm64 shares buster's CRITICAL libidn2-0 finding and has distroless's four of its own.
  const arm = scanWithFindings(distroless, findingsWithIds(buster, 'CVE-2019-18224'), distroless.findings);
  const index = (): ImageOutcome[] =>
    platformOutcomes(
      { name: 'linux/amd64', scan: buster },
      { name: 'linux/arm64', scan: arm },
      { name: 'linux/arm/v7', scan: scanOf('ubuntu-1804') },
    );

  it('categories image-gate/<repository>/<os>-<arch>[-<variant>], each run naming its platform and both digests', () => {
    const log = buildSarif(index(), OPTIONS);
    expect(log.runs.map((run) => run.automationDetails.id)).toEqual([
      'image-gate/ghcr.io/acme/app/linux-amd64/',
      'image-gate/ghcr.io/acme/app/linux-arm64/',
      'image-gate/ghcr.io/acme/app/linux-arm-v7/',
    ]);
    expect(log.runs.map((run) => [run.properties.platform, run.properties.platformDigest, run.properties.imageDigest])).toEqual([
      ['linux/amd64', platformDigest('linux/amd64'), DIGEST],
      ['linux/arm64', platformDigest('linux/arm64'), DIGEST],
      ['linux/arm/v7', platformDigest('linux/arm/v7'), DIGEST],
    ]);
    // Each run has its own platform's findings, judged on their own.
    expect(log.runs.map((run) => run.results.length)).toEqual([2, 5, 5]);
    expect(log.runs.map((run) => run.properties.verdict)).toEqual(['fail', 'fail', 'pass']);
    expect(log.runs[1]?.results[0]?.message.text).toContain('Image: ghcr.io/acme/app (linux/arm64).');
    expect(log.runs[1]?.results[0]?.locations[0]?.message?.text).toBe(`ghcr.io/acme/app@${DIGEST} linux/arm64 ${platformDigest('linux/arm64')}`);
    const parsed: unknown = JSON.parse(serializeSarif(log));
    expect(sarifSchemaErrors(parsed)).toEqual([]);
    expect(codeScanningProblems(parsed as SarifLog)).toEqual([]);
  });

  it('fingerprints: rendered twice, the same; a platform rescanned at a new digest, the same', () => {
    const first = buildSarif(index(), OPTIONS);
    const again = buildSarif(index(), OPTIONS);
    expect(again.runs.map((run) => run.results.map(fingerprint))).toEqual(first.runs.map((run) => run.results.map(fingerprint)));
    // The next build: new index and platform digests, a bumped package: the alerts of each platform stay put.
    const rebuilt = platformOutcomes({
      name: 'linux/amd64',
      scan: {
        ...buster,
        findings: buster.findings.map((f) => (f.kind === 'vulnerability' ? { ...f, installedVersion: `${f.installedVersion}.1` } : f)),
      },
      options: { digest: `sha256:${'e'.repeat(64)}` },
    });
    const next = buildSarif(rebuilt, OPTIONS);
    expect(next.runs[0]?.automationDetails.id).toBe(first.runs[0]?.automationDetails.id);
    expect(next.runs[0]?.results.map(fingerprint)).toEqual(first.runs[0]?.results.map(fingerprint));
    // Within a run every finding has its own fingerprint.
    for (const run of first.runs) expect(new Set(run.results.map(fingerprint)).size).toBe(run.results.length);
  });

  it('a platform that errored keeps its category and gets no run; the others keep theirs', () => {
    const outcomes = platformOutcomes({ name: 'linux/amd64', error: 'Trivy failed' }, { name: 'linux/arm64', scan: arm });
    expect(buildSarif(outcomes, OPTIONS).runs.map((run) => run.automationDetails.id)).toEqual(['image-gate/ghcr.io/acme/app/linux-arm64/']);
  });

  it('the same index twice, or two platforms whose names come out alike, are numbered apart', () => {
    const twice = buildSarif([...index(), ...index()], OPTIONS);
    expect(twice.runs.map((run) => run.automationDetails.id).slice(3)).toEqual([
      'image-gate/ghcr.io/acme/app/linux-amd64#2/',
      'image-gate/ghcr.io/acme/app/linux-arm64#2/',
      'image-gate/ghcr.io/acme/app/linux-arm-v7#2/',
    ]);
    expect(codeScanningProblems(twice)).toEqual([]);
    const alike = buildSarif(platformOutcomes({ name: 'linux/arm/v7', scan: buster }, { name: 'linux/arm-v7', scan: buster }), OPTIONS);
    expect(alike.runs.map((run) => run.automationDetails.id)).toEqual([
      'image-gate/ghcr.io/acme/app/linux-arm-v7/',
      'image-gate/ghcr.io/acme/app/linux-arm-v7#2/',
    ]);
  });

  it('a platform name from a hostile index cannot add a level to the category or smuggle characters into it', () => {
    expect(platformCategory('linux/amd64')).toBe('linux-amd64');
    expect(platformCategory('linux/arm/v7')).toBe('linux-arm-v7');
    expect(platformCategory('linux/../x y/\u202e#1')).toBe('linux-..-x_y-__1');
  });
});

describe('securitySeverity', () => {
  it('uses the CVSS score inside the severity band, else the band default', () => {
    expect(securitySeverity('CRITICAL')).toBe('9.5');
    expect(securitySeverity('CRITICAL', 9.0)).toBe('9.0');
    expect(securitySeverity('CRITICAL', 7.5)).toBe('9.5');
    expect(securitySeverity('HIGH', 8.8)).toBe('8.8');
    expect(securitySeverity('HIGH', 9.8)).toBe('7.0');
    expect(securitySeverity('MEDIUM', 4.0)).toBe('4.0');
    expect(securitySeverity('MEDIUM')).toBe('5.5');
    expect(securitySeverity('LOW', 3.9)).toBe('3.9');
    expect(securitySeverity('LOW', 0)).toBe('2.0');
    expect(securitySeverity('UNKNOWN', 9.8)).toBe('0.0');
    expect(securitySeverity('HIGH', Number.NaN)).toBe('7.0');
  });
});
