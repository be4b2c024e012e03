import { describe, expect, it } from 'vitest';
import type { VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import type { GateResult } from '../../../../src/core/model/result.js';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../../../src/report/summary/summary.js';
import { gateResult, scanOf, syntheticScan } from '../../../helpers/gate-result.js';

/** The body rows of the first table after `heading`. */
function tableRows(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.includes(heading));
  expect(start, `no ${heading} in the summary`).toBeGreaterThanOrEqual(0);
  const header = lines.findIndex((line, i) => i > start && line.startsWith('| '));
  const rows: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('| ')) break;
    rows.push(line);
  }
  return rows;
}

function cells(row: string): string[] {
  // Split on pipes that are not backslash-escaped, as GFM does.
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('renderSummary on real reports', () => {
  it('debian-buster: failing headline, counts, violations and the findings table', () => {
    const md = renderSummary([gateResult(scanOf('debian-buster'))]);
    expect(md.startsWith('## image-gate\n\n### ❌ FAIL: ghcr.io/acme/app\n')).toBe(true);
    expect(md).toContain('- **OS:** debian 10.1');
    const counts = tableRows(md, '**Vulnerabilities**');
    expect(counts).toEqual([
      '| CRITICAL | 1 | 1 | 0 |',
      '| HIGH | 0 | 0 | 0 |',
      '| MEDIUM | 0 | 0 | 0 |',
      '| LOW | 1 | 0 | 0 |',
      '| UNKNOWN | 0 | 0 | 0 |',
      '| **Total** | 2 | 1 | 0 |',
    ]);
    expect(md).toContain('**Violations (1)**\n\n- 1 CRITICAL vulnerability');
    const rows = tableRows(md, '**Vulnerabilities (2)**');
    expect(rows.map(cells)).toEqual([
      [
        '[CVE-2019-18224](https://avd.aquasec.com/nvd/cve-2019-18224)',
        'libidn2-0',
        '2.0.5-1 → 2.0.5-1+deb10u1',
        'CRITICAL',
        'VIOLATION',
        'testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)',
      ],
      [
        '[CVE-2019-18276](https://avd.aquasec.com/nvd/cve-2019-18276)',
        'bash',
        '5.0-4 (no fix)',
        'LOW',
        'allowed',
        'testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)',
      ],
    ]);
    expect(md).not.toContain('**Secrets');
    expect(md).not.toContain('**Licenses');
  });

  it('ubuntu-1804: passing headline and no violations', () => {
    const md = renderSummary([gateResult(scanOf('ubuntu-1804'))]);
    expect(md).toContain('### ✅ PASS: ghcr.io/acme/app');
    expect(md).toContain('No policy violations.');
    expect(tableRows(md, '**Vulnerabilities (5)**')).toHaveLength(5);
  });

  it('a subject the report only asserts says so under the image, and a verified one says nothing', () => {
    const verified = gateResult(scanOf('ubuntu-1804'));
    const asserted = { ...verified, subject: { ...verified.subject, identity: 'asserted' as const } };
    const line = '- **Identity:** ⚠️ asserted, not verified: the report is taken at its word that it is about this image';
    expect(renderSummary([asserted])).toContain(`- **Digest:** ${verified.subject.digest ?? ''}\n${line}\n`);
    expect(renderSummary([verified])).not.toContain('**Identity:**');
  });

  it('an image given as a file: the image it names (or "not named"), then the file on its own line', () => {
    const result = gateResult(scanOf('ubuntu-1804'));
    const withFile = (file: NonNullable<GateResult['subject']['file']>, source: string): GateResult => ({
      ...result,
      scan: { ...result.scan, source },
      subject: { ...result.subject, input: file.path, file },
    });
    const report = renderSummary([withFile({ kind: 'report', path: 'scans/app.json' }, 'scans/app.json')]);
    expect(report).toContain(`- **Image:** not named\n- **Report:** scans/app.json (Trivy dev)\n- **Digest:**`);
    expect(report).not.toContain('**Scan:**');
    const archive = renderSummary([
      withFile({ kind: 'archive', path: 'out/app.tar', image: 'ghcr.io/acme/app' }, 'the Trivy report for out/app.tar'),
    ]);
    expect(archive).toContain(`- **Image:** ghcr.io/acme/app\n- **Archive:** out/app.tar\n- **Digest:**`);
    expect(archive).toContain('- **Scan:** the Trivy report for out/app.tar (Trivy dev)');
    // A registry image: the reference given, and no file line.
    expect(renderSummary([result])).toMatch(/- \*\*Image:\*\* ghcr\.io\/acme\/app:1\.0\n- \*\*Digest:\*\*/);
  });

  it('audit mode is said in the headline and below it', () => {
    const md = renderSummary([gateResult(scanOf('debian-buster'), { policy: { mode: 'audit' } })]);
    expect(md).toContain('### ❌ FAIL (audit mode): ghcr.io/acme/app');
    expect(md).toContain('> **Audit mode:** the policy is breached, but the step does not fail on it.');
  });

  it('secrets, misconfigurations and licenses get their own sections', () => {
    const secrets = renderSummary([gateResult(scanOf('secrets-repo'))]);
    expect(tableRows(secrets, '**Secrets (2)**').map(cells)).toEqual([
      ['aws-access-key-id', 'AWS Access Key ID', 'AWS', 'CRITICAL', 'deploy.sh:3', 'VIOLATION'],
      ['mysecret', 'My Secret', 'Custom', 'HIGH', 'deploy.sh:7', 'VIOLATION'],
    ]);
    expect(secrets).toContain('No vulnerabilities found.');

    const misconfig = renderSummary([gateResult(scanOf('dockerfile-misconfig'), { policy: { misconfigurations: { failOnSeverity: 'HIGH' } } })]);
    const [row] = tableRows(misconfig, '**Misconfigurations (1)**').map(cells);
    expect(row?.slice(0, 4)).toEqual([
      '[DS-0002](https://avd.aquasec.com/misconfig/ds-0002)',
      "Image user should not be 'root'",
      'HIGH',
      'Dockerfile',
    ]);
    expect(row?.[5]).toBe('VIOLATION');
    expect(misconfig).toContain('| Severity | Found | Fixable | Ignored | Misconfigurations |');

    const licenses = renderSummary([
      gateResult(scanOf('licenses-from-sbom'), { policy: { licenses: { deny: ['MIT License'], denyCategories: [] } } }),
    ]);
    expect(tableRows(licenses, '**Licenses (3)**').map(cells)).toEqual([
      ['EPL-1.0', 'reciprocal', 'MEDIUM', 'org.eclipse.sisu:org.eclipse.sisu.plexus', 'allowed'],
      ['MIT License', 'notice', 'LOW', 'org.slf4j:slf4j-api', 'VIOLATION'],
      ['BSD-3-Clause', 'notice', 'LOW', 'org.ow2.asm:asm', 'allowed'],
    ]);
  });

  it('a report without results: no tables, a clear pass', () => {
    const md = renderSummary([gateResult(scanOf('alpine-39-skip-files-no-results'))]);
    expect(md).toContain('### ✅ PASS');
    expect(md).toContain('No vulnerabilities found.');
    expect(md).not.toContain('| ID |');
  });

  it('ignored findings with reason and expiry; expired rules warn; unused rules fold away', () => {
    const md = renderSummary([
      gateResult(scanOf('ubuntu-1804'), {
        policy: {
          ignore: [
            { id: 'CVE-2019-18276', reason: 'bash is not reachable', expires: '2025-12-31', origin: 'gate.yml line 3' },
            { id: 'CVE-2019-5094', package: 'libss2', reason: 'old', expires: '2025-01-31', origin: 'gate.yml line 6' },
            { package: 'openssl', reason: 'stale', origin: 'gate.yml line 9' },
          ],
        },
      }),
    ]);
    expect(tableRows(md, '**Ignored findings (1)**').map(cells)).toEqual([
      ['CVE-2019-18276', 'bash', 'LOW', 'bash is not reachable', '2025-12-31', 'gate.yml line 3'],
    ]);
    expect(md).toContain('| LOW | 1 | 0 | 1 |');
    expect(md).toContain('⚠️ **Expired ignore rules (1)**');
    expect(md).toContain('- id CVE-2019-5094, package libss2 (gate.yml line 6): expired 2025-01-31, matches 1 finding.');
    expect(md).toMatch(/<details><summary>Unused ignore rules \(1\)[^<]*<\/summary>\n\n- package openssl \(gate\.yml line 9\): stale\n\n<\/details>/);
  });

  it('several images: one title with the tally, one section each', () => {
    const md = renderSummary([
      gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/api' }),
      gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/web' }),
    ]);
    expect(md.startsWith('## image-gate: 2 images, 1 passed, 1 failed\n')).toBe(true);
    expect(md).toContain('### ❌ FAIL: ghcr.io/acme/api');
    expect(md).toContain('### ✅ PASS: ghcr.io/acme/web');
  });
});

describe('renderSummary with hostile text', () => {
  it('a package name with pipes and HTML neither breaks the table nor injects markup', () => {
    const scan = scanOf('debian-buster');
    const template = scan.findings[0] as VulnerabilityFinding;
    const hostile: VulnerabilityFinding = {
      ...template,
      packageName: 'evil|pkg<script>alert(1)</script>',
      title: '</details><img src=x onerror=alert(1)>\n# heading',
      installedVersion: '1|2',
      fixedVersion: '[click](javascript:alert(1))',
      url: 'javascript:alert(1)',
    };
    const md = renderSummary([gateResult({ ...scan, findings: [hostile] })]);
    expect(md).not.toMatch(/<script|<img|<\/details><img/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    const [row] = tableRows(md, '**Vulnerabilities (1)**');
    const columns = cells(row!);
    expect(columns).toHaveLength(6);
    expect(columns[0]).toBe('CVE-2019-18276');
    expect(columns[1]).toBe('evil\\|pkg&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(columns[2]).toBe('1\\|2 → \\[click\\](javascript:alert(1))');
  });
});

describe('renderSummary size limit', () => {
  const huge = gateResult(syntheticScan(100_000));

  it('100,000 findings: under 1 MiB by default, top 50 shown, the rest counted', () => {
    const started = performance.now();
    const md = renderSummary([huge]);
    const elapsed = performance.now() - started;
    expect(bytes(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(tableRows(md, '<summary><b>Vulnerabilities (100,000, 50 shown, most severe first)</b></summary>').length).toBe(50);
    expect(md).toContain('…and 99,950 more vulnerabilities not shown here; image-gate-result.json lists them all.');
    // Rendering only the rows it shows: far below the cost of touching every finding's text.
    expect(elapsed).toBeLessThan(1_500);
  });

  it('cuts tables to fit a smaller budget and says so', () => {
    const full = renderSummary([huge]);
    expect(bytes(full)).toBeGreaterThan(6_000);
    const md = renderSummary([huge], { maxBytes: 6_000 });
    expect(bytes(md)).toBeLessThanOrEqual(6_000);
    const shown = tableRows(md, 'Vulnerabilities (100,000,').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(50);
    expect(md).toContain(
      `…and ${(100_000 - shown).toLocaleString('en-US')} more vulnerabilities not shown here (cut to fit the 1 MiB job summary limit)`,
    );
  });

  it('falls back to headlines for many images, and to a hard cut below that', () => {
    const many = Array.from({ length: 8 }, () => huge);
    const headlines = renderSummary(many, { maxBytes: 4_000 });
    expect(bytes(headlines)).toBeLessThanOrEqual(4_000);
    expect(headlines.match(/### ❌ FAIL/g)).toHaveLength(8);
    expect(headlines).toContain('Details were left out to fit the 1 MiB job summary limit');
    expect(headlines).not.toContain('| ID |');

    const cut = renderSummary(many, { maxBytes: 700 });
    expect(bytes(cut)).toBeLessThanOrEqual(700);
    expect(cut.endsWith('…the summary was cut here to fit the job summary size limit.\n')).toBe(true);
  });

  it('a cut never splits a multi-byte character', () => {
    const two = [gateResult(scanOf('debian-buster')), gateResult(scanOf('debian-buster'))];
    const headlineStart = bytes('## image-gate: 2 images, 0 passed, 2 failed\n\n### ');
    const note = bytes('\n\n…the summary was cut here to fit the job summary size limit.\n');
    // Every cut point from just before the "❌" (3 bytes in UTF-8) to just after it.
    for (let maxBytes = headlineStart + note - 1; maxBytes <= headlineStart + note + 4; maxBytes++) {
      const md = renderSummary(two, { maxBytes });
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
      expect(md).not.toContain('\uFFFD');
      expect(md.startsWith('## image-gate: 2 images')).toBe(true);
    }
  });
});
