import { describe, expect, it } from 'vitest';
import type { VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import { DEFAULT_POLICY } from '../../../../src/core/model/policy.js';
import { baseImageLines } from '../../../../src/report/summary/table-base-image.js';
import { signatureLines } from '../../../../src/report/summary/table-signatures.js';
import { LOG_FINDING_LIMIT, renderLogTable } from '../../../../src/report/summary/table.js';
import { DIGEST, gateResult, scanOf } from '../../../helpers/gate-result.js';
import { platformDigest, platformResult } from '../../../helpers/platform-results.js';

function findingLines(table: string): string[] {
  const lines = table.split('\n');
  const start = lines.findIndex((line) => line.trim().startsWith('SEVERITY'));
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!/^ {2}(CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN) /.test(line)) break;
    rows.push(line);
  }
  return rows;
}

describe('renderLogTable', () => {
  it('debian-buster: FAIL header, counts, the violation and both findings most severe first', () => {
    const table = renderLogTable(gateResult(scanOf('debian-buster')));
    expect(table.split('\n')[0]).toBe('image-gate: FAIL  ghcr.io/acme/app');
    expect(table).toContain(`digest:  ${DIGEST}`);
    expect(table).toContain('mode:    enforce');
    expect(table).toContain('os:      debian 10.1');
    expect(table).toMatch(/found\s+1\s+0\s+0\s+1\s+0\s+2/);
    expect(table).toMatch(/fixable\s+1\s+0\s+0\s+0\s+0\s+1/);
    expect(table).toContain('Violations (1):');
    const rows = findingLines(table);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^ {2}CRITICAL\s+VIOLATION\s+CVE-2019-18224\s+libidn2-0\s+2\.0\.5-1 → 2\.0\.5-1\+deb10u1/);
    expect(rows[1]).toMatch(/^ {2}LOW\s+allowed\s+CVE-2019-18276\s+bash\s+5\.0-4 \(no fix\)/);
  });

  it("one platform of an index: the verdict line names the platform, the digest is the index's, the manifest scanned is shown", () => {
    const table = renderLogTable(platformResult('linux/arm/v7', scanOf('debian-buster')));
    expect(table.split('\n').slice(0, 5)).toEqual([
      'image-gate: FAIL  ghcr.io/acme/app (linux/arm/v7)',
      '  image:   ghcr.io/acme/app:1.0',
      `  digest:  ${DIGEST} (the index)`,
      `  platform: linux/arm/v7, manifest ${platformDigest('linux/arm/v7')} (what was scanned)`,
      '  mode:    enforce (a failing verdict fails the step)',
    ]);
    // Registry text: a platform name cannot break the line.
    const hostile = renderLogTable(platformResult('linux/arm64\n::error::forged', scanOf('ubuntu-1804')));
    expect(hostile.split('\n')[0]).toBe('image-gate: PASS  ghcr.io/acme/app (linux/arm64 ::error::forged)');
  });

  it.each([
    [
      'a report no input names',
      { kind: 'report' as const, path: 'scans/app.json' },
      ['  image:   not named', '  report:  scans/app.json (Trivy dev)'],
    ],
    [
      'an archive the image input names',
      { kind: 'archive' as const, path: 'out/app.tar', image: 'ghcr.io/acme/app' },
      ['  image:   ghcr.io/acme/app', '  archive: out/app.tar'],
    ],
    ['an OCI layout', { kind: 'layout' as const, path: 'out/layout' }, ['  image:   not named', '  layout:  out/layout']],
  ])('%s: the image line names the image, the file has its own line', (_name, file, expected) => {
    const result = gateResult({ ...scanOf('debian-buster'), source: file.kind === 'report' ? file.path : `the Trivy report for ${file.path}` });
    const table = renderLogTable({ ...result, subject: { ...result.subject, input: file.path, file } });
    expect(table.split('\n').slice(1, 4)).toEqual([...expected, `  digest:  ${DIGEST}`]);
    // A given report is the scan, named once; an archive's scan keeps its own line.
    expect(table.match(/^ {2}report: /gm)).toHaveLength(1);
  });

  it('ubuntu-1804 under the default policy: PASS with allowed MEDIUM findings', () => {
    const table = renderLogTable(gateResult(scanOf('ubuntu-1804')));
    expect(table.split('\n')[0]).toBe('image-gate: PASS  ghcr.io/acme/app');
    expect(table).toContain('No policy violations.');
    const rows = findingLines(table);
    expect(rows).toHaveLength(5);
    expect(rows.slice(0, 4).every((row) => /^ {2}MEDIUM\s+allowed\s+CVE-2019-5094/.test(row))).toBe(true);
  });

  it('shows ignored findings with reason and expiry, expired and unused rules', () => {
    const result = gateResult(scanOf('debian-buster'), {
      policy: {
        ignore: [
          { id: 'CVE-2019-18224', reason: 'patched in our fork', expires: '2025-12-31', origin: 'policy.yml line 4' },
          { id: 'CVE-2019-18276', reason: 'old exception', expires: '2025-01-01', origin: 'policy.yml line 8' },
          { package: 'openssl', reason: 'never seen', origin: 'policy.yml line 12' },
        ],
      },
    });
    const table = renderLogTable(result);
    expect(table).toMatch(/CRITICAL\s+ignored \(patched in our fork, until 2025-12-31\)\s+CVE-2019-18224/);
    expect(table).toContain('Expired ignore rules (1; the findings they matched count again):');
    expect(table).toContain('id CVE-2019-18276 (policy.yml line 8): expired 2025-01-01, matches 1; reason: old exception');
    expect(table).toContain('Unused ignore rules (1; they matched nothing):');
    expect(table).toContain('package openssl (policy.yml line 12)');
  });

  it('secrets, misconfigurations and licenses show their own subject', () => {
    expect(renderLogTable(gateResult(scanOf('secrets-repo')))).toMatch(/CRITICAL\s+VIOLATION\s+aws-access-key-id\s+deploy\.sh:3/);
    expect(renderLogTable(gateResult(scanOf('dockerfile-misconfig')))).toMatch(
      /HIGH\s+allowed\s+DS-0002\s+Dockerfile\s+Image user should not be 'root'/,
    );
    expect(renderLogTable(gateResult(scanOf('licenses-from-sbom'), { policy: { licenses: { deny: [], denyCategories: ['reciprocal'] } } }))).toMatch(
      /MEDIUM\s+VIOLATION\s+EPL-1\.0\s+org\.eclipse\.sisu:org\.eclipse\.sisu\.plexus\s+EPL-1\.0 \(reciprocal license\)/,
    );
  });

  it('a report without results passes with no findings', () => {
    const table = renderLogTable(gateResult(scanOf('alpine-39-skip-files-no-results')));
    expect(table.split('\n')[0]).toBe('image-gate: PASS  ghcr.io/acme/app');
    expect(table).toContain('No findings.');
  });

  it('audit mode says the step does not fail', () => {
    const table = renderLogTable(gateResult(scanOf('debian-buster'), { policy: { mode: 'audit' } }));
    expect(table).toContain('mode:    audit (reported only; the verdict does not fail the step)');
  });

  it('caps the list and counts the rest', () => {
    const scan = scanOf('debian-buster');
    const template = scan.findings[0] as VulnerabilityFinding;
    const findings = Array.from({ length: 120 }, (_, i) => ({ ...template, id: `CVE-2099-${1000 + i}` }));
    const table = renderLogTable(gateResult({ ...scan, findings }));
    expect(findingLines(table)).toHaveLength(LOG_FINDING_LIMIT);
    expect(table).toContain(`… and ${120 - LOG_FINDING_LIMIT} more (see the job summary or image-gate-result.json)`);
  });

  it('hostile text stays on its own line and cannot start a workflow command', () => {
    const scan = scanOf('debian-buster');
    const template = scan.findings[0] as VulnerabilityFinding;
    const hostile: VulnerabilityFinding = {
      ...template,
      packageName: 'evil|<script>\n::add-mask::secret',
      title: 'title\r\n::error::forged\u001b[31m',
    };
    const table = renderLogTable(gateResult({ ...scan, findings: [hostile] }));
    expect(table.split('\n').some((line) => line.trimStart().startsWith('::'))).toBe(false);
    expect(table).not.toContain('\u001b');
    expect(findingLines(table)[0]).toContain('evil|<script> ::add-mask::secret');
  });

  // A terminal hyperlink (OSC 8) and a right-to-left override: removed whole, not left behind as "]8;;…".
  const HOSTILE_REGISTRY_TEXT = '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\\u202eexe.txt\u200b';

  it('the signature lines clean outside text as the findings table does: escapes removed whole, no bidi', () => {
    const lines = signatureLines({
      mode: 'optional',
      results: [],
      problems: [`registry said: ${HOSTILE_REGISTRY_TEXT}`],
      requirements: [],
      violations: [],
    });
    expect(lines.at(-1)).toBe('      - registry said: click exe.txt');
  });

  it('the base-image lines clean outside text as the findings table does', () => {
    const facts = { written: `ubuntu:18.04 ${HOSTILE_REGISTRY_TEXT}`, line: 1, newerTags: [] };
    const checks = [{ rule: 'pinned' as const, status: 'fail' as const, line: 1, image: 'ubuntu:18.04', message: HOSTILE_REGISTRY_TEXT }];
    const policy = { ...DEFAULT_POLICY.baseImage, pinned: 'fail' as const };
    const lines = baseImageLines(
      gateResult(scanOf('alpine-39-skip-files-no-results'), { policy: { baseImage: policy }, baseImage: { checks, facts } }),
    );
    expect(lines).toContain('    FROM ubuntu:18.04 click exe.txt  (Dockerfile line 1)');
    expect(lines.find((line) => line.includes('pinned to a digest'))).toMatch(/; click exe\.txt$/);
    expect(lines.join('\n')).not.toMatch(/[\u001b\u202e\u200b]|]8;;/);
  });
});
