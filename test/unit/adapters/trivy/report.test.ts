import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../../../src/core/model/errors.js';
import type { Finding, LicenseFinding, MisconfigurationFinding, SecretFinding, VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import { parseTrivyReport } from '../../../../src/adapters/trivy/report.js';
import { thrownGateError } from '../../../helpers/gate-error.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'trivy');
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
const read = (name: string) => readFileSync(join(FIXTURES, name));
const parse = (name: string) => parseTrivyReport(read(name), name);

/** The fixture README's table: what each report was counted to contain when it was collected. */
interface ReadmeRow {
  artifactType: string;
  os: string;
  diffIds: number;
  imageConfig: boolean;
  results: number;
  classes: string[];
  vulns: number;
  withLayer: number;
  withCvss: number;
  fixedPresent: number;
  fixedAbsent: number;
  severities: string[];
  secrets: number;
  misconfigurations: number;
  licenses: number;
}

function readmeTable(): Map<string, ReadmeRow> {
  const rows = new Map<string, ReadmeRow>();
  const lines = readFileSync(join(FIXTURES, 'README.md'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('| file | ArtifactType'));
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const [
      file,
      artifactType,
      os,
      diffIds,
      imageConfig,
      results,
      classes,
      vulns,
      withLayer,
      withCvss,
      fixed,
      severities,
      secrets,
      misconfigurations,
      licenses,
    ] = cells;
    const [fixedPresent, fixedAbsent] = (fixed ?? '').split('/').map(Number);
    rows.set(file ?? '', {
      artifactType: artifactType ?? '',
      os: os ?? '',
      diffIds: Number(diffIds),
      imageConfig: imageConfig === 'yes',
      results: Number(results),
      classes: classes === '-' ? [] : (classes ?? '').split(','),
      vulns: Number(vulns),
      withLayer: Number(withLayer),
      withCvss: Number(withCvss),
      fixedPresent: fixedPresent ?? NaN,
      fixedAbsent: fixedAbsent ?? NaN,
      severities: severities === '-' ? [] : (severities ?? '').split(','),
      secrets: Number(secrets),
      misconfigurations: Number(misconfigurations),
      licenses: Number(licenses),
    });
  }
  return rows;
}

const REMOVE = Symbol('remove');
type Edit = [path: (string | number)[], value: unknown];

/** A real report with a few fields changed, re-serialized: malformed input without hand-written JSON. */
function editedText(name: string, ...edits: Edit[]): string {
  const report: unknown = JSON.parse(read(name).toString());
  for (const [path, value] of edits) {
    let node: unknown = report;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
    const container = node as Record<string | number, unknown>;
    const last = path[path.length - 1] ?? '';
    if (value === REMOVE) Reflect.deleteProperty(container, last);
    else container[last] = value;
  }
  return JSON.stringify(report);
}

const table = readmeTable();
const ofKind = <K extends Finding['kind']>(findings: Finding[], kind: K) =>
  findings.filter((finding): finding is Extract<Finding, { kind: K }> => finding.kind === kind);

describe('parseTrivyReport on every recorded Trivy report', () => {
  it('has a README row for every fixture and a fixture for every row', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(9);
    expect([...table.keys()].sort()).toEqual([...fixtureNames].sort());
  });

  it.each(fixtureNames)('%s matches the README counts', (name) => {
    const row = table.get(name);
    if (!row) throw new Error(`no README row for ${name}`);
    const report = parse(name);
    const vulns = ofKind(report.findings, 'vulnerability');

    expect(report.source).toBe(name);
    expect(report.trivyVersion).toBe('dev');
    expect(report.artifactType).toBe(row.artifactType);
    const os = report.os ? `${report.os.family} ${report.os.name}`.trim() : '-';
    expect(os).toBe(row.os);
    expect(report.diffIds).toHaveLength(row.diffIds);
    expect(report.imageConfig !== undefined).toBe(row.imageConfig);
    expect(vulns).toHaveLength(row.vulns);
    expect(vulns.filter((v) => v.layerDiffId)).toHaveLength(row.withLayer);
    expect(vulns.filter((v) => v.cvss)).toHaveLength(row.withCvss);
    expect(vulns.filter((v) => v.fixedVersion)).toHaveLength(row.fixedPresent);
    expect(vulns.filter((v) => !v.fixedVersion)).toHaveLength(row.fixedAbsent);
    expect([...new Set(vulns.map((v) => v.severity))].sort()).toEqual([...row.severities].sort());
    expect(ofKind(report.findings, 'secret')).toHaveLength(row.secrets);
    expect(ofKind(report.findings, 'misconfiguration')).toHaveLength(row.misconfigurations);
    expect(ofKind(report.findings, 'license')).toHaveLength(row.licenses);
    const classes = new Set(report.findings.map((finding) => ('targetClass' in finding ? finding.targetClass : undefined)));
    for (const targetClass of classes) if (targetClass) expect(row.classes).toContain(targetClass);
    // Every vulnerability's layer is one of the image's layers: what base-image attribution needs.
    for (const v of vulns) if (v.layerDiffId) expect(report.diffIds).toContain(v.layerDiffId);
  });

  it.each(fixtureNames)('%s parses the same from a string as from a Buffer', (name) => {
    expect(parseTrivyReport(read(name).toString('utf8'), name)).toEqual(parse(name));
  });
});

describe('what the findings carry', () => {
  it('maps every vulnerability field we use (debian-buster)', () => {
    const report = parse('debian-buster.json');
    expect(report.imageId).toBe('sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1');
    expect(report.createdAt).toBe('2021-08-25T12:20:30.000000005Z');
    expect(report.artifactName).toBe('testdata/fixtures/images/debian-buster.tar.gz');
    expect(report.repoDigests).toEqual([]);
    // The image config has no User, which means root.
    expect(report.imageConfig).toEqual({ user: '', created: '2019-09-11T23:21:51.562946709Z', architecture: 'amd64', os: 'linux' });

    const [bash, libidn] = ofKind(report.findings, 'vulnerability');
    expect(libidn).toEqual({
      kind: 'vulnerability',
      id: 'CVE-2019-18224',
      packageName: 'libidn2-0',
      packageId: 'libidn2-0@2.0.5-1',
      purl: 'pkg:deb/debian/libidn2-0@2.0.5-1?arch=amd64&distro=debian-10.1',
      packagePath: undefined,
      installedVersion: '2.0.5-1',
      fixedVersion: '2.0.5-1+deb10u1',
      status: 'fixed',
      severity: 'CRITICAL',
      // nvd's V3 9.8 beats redhat's V3 5.6 and every V2 score.
      cvss: { source: 'nvd', score: 9.8, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
      title: 'libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c',
      url: 'https://avd.aquasec.com/nvd/cve-2019-18224',
      layerDiffId: 'sha256:78c1b9419976227e05be9d243b7fa583bea44a5258e52018b2af4cdfe23d148d',
      target: 'testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)',
      targetClass: 'os-pkgs',
      targetType: 'debian',
    } satisfies VulnerabilityFinding);
    expect(bash?.fixedVersion).toBeUndefined();
    expect(bash?.status).toBe('affected');
    expect(bash?.severity).toBe('LOW');
    expect(bash?.cvss).toEqual({ source: 'nvd', score: 7.8, vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' });
  });

  it('keeps nothing of the description or references', () => {
    const serialized = JSON.stringify(parse('debian-buster.json'));
    expect(serialized).not.toContain('disable_priv_mode');
    expect(serialized).not.toContain('packetstormsecurity');
  });

  it('keeps the package path of language packages and ignores custom resources (spring4shell)', () => {
    const report = parse('spring4shell-jre11.json');
    expect(report.findings).toHaveLength(1);
    const [spring] = ofKind(report.findings, 'vulnerability');
    expect(spring).toMatchObject({
      id: 'CVE-2022-22965',
      packagePath: 'usr/local/tomcat/webapps/helloworld.war/WEB-INF/lib/spring-beans-5.3.15.jar',
      targetClass: 'lang-pkgs',
      targetType: 'jar',
      severity: 'CRITICAL',
      cvss: { score: 9.8 },
    });
    expect(report.diffIds).toHaveLength(9);
  });

  it('reads the OS end-of-life flag (alpine-310)', () => {
    expect(parse('alpine-310.json').os).toEqual({ family: 'alpine', name: '3.10.2', eosl: true });
  });

  it('treats a report without Results as one without findings (alpine-39)', () => {
    const report = parse('alpine-39-skip-files-no-results.json');
    expect(report.findings).toEqual([]);
    expect(report.os).toEqual({ family: 'none', name: '' });
    expect(report.imageConfig?.user).toBe('');
  });

  it('keeps secret metadata and never the secret (secrets-repo)', () => {
    const report = parse('secrets-repo.json');
    const secrets = ofKind(report.findings, 'secret');
    expect(secrets).toEqual([
      {
        kind: 'secret',
        ruleId: 'aws-access-key-id',
        category: 'AWS',
        severity: 'CRITICAL',
        title: 'AWS Access Key ID',
        target: 'deploy.sh',
        startLine: 3,
        endLine: 3,
        layerDiffId: undefined,
      },
      {
        kind: 'secret',
        ruleId: 'mysecret',
        category: 'Custom',
        severity: 'HIGH',
        title: 'My Secret',
        target: 'deploy.sh',
        startLine: 7,
        endLine: 7,
        layerDiffId: undefined,
      },
    ] satisfies SecretFinding[]);
    // The fixture really does contain the secret text we must drop.
    expect(read('secrets-repo.json').toString()).toContain('ghp_0123456789');
    const serialized = JSON.stringify(report);
    for (const leaked of ['ghp_', 'AWS_ACCESS', 'GITHUB_PAT', '****', 'export ', 'echo ']) {
      expect(serialized).not.toContain(leaked);
    }
  });

  it('maps misconfigurations (dockerfile-misconfig)', () => {
    const [check] = ofKind(parse('dockerfile-misconfig.json').findings, 'misconfiguration');
    expect(check).toEqual({
      kind: 'misconfiguration',
      id: 'DS-0002',
      title: "Image user should not be 'root'",
      message: 'Specify at least 1 USER command in Dockerfile with non-root user as argument',
      resolution: "Add 'USER <non root user name>' line to the Dockerfile",
      severity: 'HIGH',
      status: 'FAIL',
      url: 'https://avd.aquasec.com/misconfig/ds-0002',
      target: 'Dockerfile',
      targetType: 'dockerfile',
      startLine: undefined,
      endLine: undefined,
      layerDiffId: undefined,
    } satisfies MisconfigurationFinding);
  });

  it('maps licenses (licenses-from-sbom)', () => {
    const licenses = ofKind(parse('licenses-from-sbom.json').findings, 'license');
    expect(licenses.map((l) => [l.name, l.category, l.severity, l.packageName])).toEqual([
      ['EPL-1.0', 'reciprocal', 'MEDIUM', 'org.eclipse.sisu:org.eclipse.sisu.plexus'],
      ['BSD-3-Clause', 'notice', 'LOW', 'org.ow2.asm:asm'],
      ['MIT License', 'notice', 'LOW', 'org.slf4j:slf4j-api'],
    ]);
    expect(licenses[0]).toMatchObject({ target: 'Java', confidence: 1, filePath: undefined } satisfies Partial<LicenseFinding>);
  });
});

describe('derived fields on edited copies of real reports', () => {
  const edited = (name: string, ...edits: Edit[]) => parseTrivyReport(editedText(name, ...edits), name);
  const vuln = (index: number, field: string): (string | number)[] => ['Results', 0, 'Vulnerabilities', index, field];

  it('falls back to the first line of the description, then to the ID, for a missing title', () => {
    const report = edited(
      'debian-buster.json',
      [vuln(0, 'Title'), REMOVE],
      [vuln(0, 'Description'), '  First line of it.\nSecond line.'],
      [vuln(1, 'Title'), REMOVE],
      [vuln(1, 'Description'), REMOVE],
    );
    const [first, second] = ofKind(report.findings, 'vulnerability');
    expect(first?.title).toBe('First line of it.');
    expect(second?.title).toBe('CVE-2019-18224');
  });

  it('uses the highest V2 score when no source has a V3 score', () => {
    const report = edited('debian-buster.json', [
      vuln(1, 'CVSS'),
      { redhat: { V2Score: 6.8 }, nvd: { V2Vector: 'AV:N/AC:L/Au:N/C:P/I:P/A:P', V2Score: 7.5 } },
    ]);
    expect(ofKind(report.findings, 'vulnerability')[1]?.cvss).toEqual({ source: 'nvd', score: 7.5, vector: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' });
  });

  it('reads the image user and repo digests when the report has them', () => {
    const digest = 'registry.test/app@sha256:' + 'a'.repeat(64);
    const report = edited(
      'debian-buster.json',
      [['Metadata', 'ImageConfig', 'config', 'User'], '65532:65532'],
      [['Metadata', 'RepoDigests'], [digest]],
    );
    expect(report.imageConfig?.user).toBe('65532:65532');
    expect(report.repoDigests).toEqual([digest]);
  });

  it('reads misconfiguration cause lines and layers', () => {
    const check = ['Results', 0, 'Misconfigurations', 0];
    const report = edited(
      'dockerfile-misconfig.json',
      [[...check, 'CauseMetadata', 'StartLine'], 4],
      [[...check, 'CauseMetadata', 'EndLine'], 6],
      [[...check, 'Layer'], { DiffID: 'sha256:' + 'b'.repeat(64) }],
    );
    expect(report.findings[0]).toMatchObject({ startLine: 4, endLine: 6, layerDiffId: 'sha256:' + 'b'.repeat(64) });
  });
});

describe('malformed reports fail with a one-line error naming the input', () => {
  const failure = (input: string | Buffer, source = 'report.json'): GateError =>
    thrownGateError(() => parseTrivyReport(input, source), 'parsed without an error');
  const mutated = (name: string, ...edits: Edit[]) => failure(editedText(name, ...edits), name);
  const buster = (...edits: Edit[]) => mutated('debian-buster.json', ...edits);
  const vuln = (index: number, field: string): (string | number)[] => ['Results', 0, 'Vulnerabilities', index, field];

  it('a truncated file', () => {
    const whole = read('ubuntu-1804.json');
    const error = failure(whole.subarray(0, Math.floor(whole.length / 2)), 'ubuntu-1804.json');
    expect(error.kind).toBe('config');
    expect(error.message).toBe('ubuntu-1804.json is not valid JSON: it ends in the middle of the document (truncated file?)');
  });

  it('text that is not JSON', () => {
    expect(failure('Trivy failed: no space left on device').message).toBe(
      'report.json is not valid JSON: unexpected character (expected a JSON value) at line 1, column 1',
    );
  });

  it('a syntax error, located without quoting the file (which may hold secrets)', () => {
    const text = read('secrets-repo.json').toString().replace('"Number": 5,', '"Number": 5,,');
    const error = failure(text, 'secrets-repo.json');
    const line = text.slice(0, text.indexOf('"Number": 5,,')).split('\n').length;
    const column = text.split('\n')[line - 1]?.indexOf(',,') ?? 0;
    expect(error.message).toBe(
      `secrets-repo.json is not valid JSON: unexpected character (expected a property name in double quotes) at line ${line}, column ${column + 2}`,
    );
    expect(error.message).not.toContain('ghp_');
  });

  it('an empty file', () => {
    expect(failure(Buffer.alloc(0)).message).toBe('report.json is empty: expected a Trivy JSON report');
  });

  it('JSON that is not an object', () => {
    expect(failure('[1, 2]').message).toBe('report.json is not a Trivy JSON report: the top level is an array, expected an object');
  });

  it('SchemaVersion 1', () => {
    expect(buster([['SchemaVersion'], 1]).message).toBe(
      'debian-buster.json: unsupported Trivy report SchemaVersion 1; only SchemaVersion 2 (Trivy 0.20 and later) is supported',
    );
  });

  it('no SchemaVersion (a report in another format)', () => {
    expect(buster([['SchemaVersion'], REMOVE]).message).toContain('debian-buster.json is not a Trivy JSON report: SchemaVersion is missing');
  });

  it('Results that is not an array', () => {
    expect(buster([['Results'], { Target: 'x' }]).message).toBe('debian-buster.json: Results must be an array, got an object');
  });

  it('a Result that is not an object', () => {
    expect(buster([['Results', 1], 'x']).message).toBe('debian-buster.json: Results[1] must be an object, got a string');
  });

  it('Vulnerabilities that is not an array', () => {
    expect(buster([['Results', 0, 'Vulnerabilities'], 'none']).message).toBe(
      'debian-buster.json: Results[0].Vulnerabilities must be an array, got a string',
    );
  });

  it('a vulnerability without VulnerabilityID', () => {
    expect(buster([vuln(1, 'VulnerabilityID'), REMOVE]).message).toBe('debian-buster.json: Results[0].Vulnerabilities[1].VulnerabilityID is missing');
  });

  it('a vulnerability without PkgName', () => {
    expect(buster([vuln(0, 'PkgName'), REMOVE]).message).toBe('debian-buster.json: Results[0].Vulnerabilities[0].PkgName is missing');
  });

  it('an unknown severity', () => {
    expect(buster([vuln(1, 'Severity'), 'SEVERE']).message).toBe(
      'debian-buster.json: Results[0].Vulnerabilities[1].Severity is a string that is not a severity; expected one of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL',
    );
  });

  it('a missing severity', () => {
    expect(buster([vuln(0, 'Severity'), REMOVE]).message).toBe('debian-buster.json: Results[0].Vulnerabilities[0].Severity is missing');
  });

  it('a field of the wrong type', () => {
    expect(buster([vuln(0, 'FixedVersion'), 5]).message).toBe(
      'debian-buster.json: Results[0].Vulnerabilities[0].FixedVersion must be a string, got a number',
    );
    expect(buster([['Results', 0, 'Vulnerabilities', 0, 'CVSS', 'nvd', 'V3Score'], '7.8']).message).toBe(
      'debian-buster.json: Results[0].Vulnerabilities[0].CVSS.nvd.V3Score must be a number, got a string',
    );
    expect(buster([['Metadata', 'DiffIDs'], [42]]).message).toBe('debian-buster.json: Metadata.DiffIDs[0] must be a string, got a number');
  });

  it('a secret without its line numbers', () => {
    expect(mutated('secrets-repo.json', [['Results', 0, 'Secrets', 1, 'StartLine'], REMOVE]).message).toBe(
      'secrets-repo.json: Results[0].Secrets[1].StartLine is missing',
    );
  });

  it('a misconfiguration without a status', () => {
    expect(mutated('dockerfile-misconfig.json', [['Results', 0, 'Misconfigurations', 0, 'Status'], REMOVE]).message).toBe(
      'dockerfile-misconfig.json: Results[0].Misconfigurations[0].Status is missing',
    );
  });

  it('a license without a category', () => {
    expect(mutated('licenses-from-sbom.json', [['Results', 0, 'Licenses', 2, 'Category'], REMOVE]).message).toBe(
      'licenses-from-sbom.json: Results[0].Licenses[2].Category is missing',
    );
  });
});

describe('the byte-level walk agrees with JSON.parse', () => {
  /** What a plain JSON.parse of the whole document yields, for comparison. */
  const viaWholeParse = (name: string) => parse(name);

  it.each(fixtureNames)('%s: compact JSON gives the same report as Trivy’s indented JSON', (name) => {
    const compact = JSON.stringify(JSON.parse(read(name).toString()));
    expect(parseTrivyReport(compact, name)).toEqual(viaWholeParse(name));
  });

  it('reads keys in any order: Results before SchemaVersion, lists before Target/Class/Type', () => {
    const original = JSON.parse(read('debian-buster.json').toString()) as Record<string, unknown>;
    const results = original.Results as Record<string, unknown>[];
    const reordered = {
      Results: results.map(({ Target, Class, Type, ...rest }) => ({ ...rest, Type, Class, Target })),
      Metadata: original.Metadata,
      ArtifactName: original.ArtifactName,
      ArtifactType: original.ArtifactType,
      CreatedAt: original.CreatedAt,
      Trivy: original.Trivy,
      SchemaVersion: 2,
    };
    expect(parseTrivyReport(JSON.stringify(reordered), 'debian-buster.json')).toEqual(parse('debian-buster.json'));
  });

  it('decodes escapes and non-ASCII text inside findings', () => {
    const text = editedText(
      'debian-buster.json',
      [['Results', 0, 'Vulnerabilities', 0, 'Title'], 'quote " backslash \\ brace } bracket ] — naïve 🚀'],
      [['Results', 0, 'Vulnerabilities', 1, 'PkgName'], 'lib\\"weird\\\\'],
    );
    const [first, second] = ofKind(parseTrivyReport(text, 'x.json').findings, 'vulnerability');
    expect(first?.title).toBe('quote " backslash \\ brace } bracket ] — naïve 🚀');
    expect(second?.packageName).toBe('lib\\"weird\\\\');
  });

  it('accepts null lists and null Results, as Go writes nil slices', () => {
    expect(parseTrivyReport(editedText('debian-buster.json', [['Results'], null]), 'x').findings).toEqual([]);
    expect(parseTrivyReport(editedText('debian-buster.json', [['Results', 0, 'Vulnerabilities'], null]), 'x').findings).toEqual([]);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), read('alpine-310.json')]);
    expect(parseTrivyReport(withBom, 'alpine-310.json')).toEqual(parse('alpine-310.json'));
  });
});

describe('finding where an indented value ends (the fast path) never changes what is read', () => {
  // Line breaks and indentation outside strings mean nothing to JSON, so any re-indentation is the same report.
  // The reader guesses each value's end from its indentation; these layouts make the guesses wrong.
  const reindented = (name: string, indentOf: (line: number, indent: number) => string) =>
    read(name)
      .toString()
      .split('\n')
      .map((line, index) => {
        const body = line.trimStart();
        return indentOf(index, line.length - body.length) + body;
      })
      .join('\n');

  it('premise: Trivy writes its report indented, each finding opening a line of its own', () => {
    const text = read('debian-buster.json').toString();
    expect(text).toMatch(/\n {8}\{\n {10}"VulnerabilityID"/);
    expect(text).toMatch(/\n {8}\},\n {8}\{\n/);
  });

  it.each(fixtureNames)('%s: tabs, four spaces, CRLF line ends and no indentation give the same report', (name) => {
    const report = JSON.parse(read(name).toString()) as unknown;
    const expected = parse(name);
    expect(parseTrivyReport(JSON.stringify(report, null, '\t'), name)).toEqual(expected);
    expect(parseTrivyReport(JSON.stringify(report, null, 4), name)).toEqual(expected);
    expect(parseTrivyReport(JSON.stringify(report, null, 2).replaceAll('\n', '\r\n'), name)).toEqual(expected);
    expect(
      parseTrivyReport(
        reindented(name, () => ''),
        name,
      ),
    ).toEqual(expected);
  });

  it.each(fixtureNames)('%s: misleading indentation (a closing line indented as its parent, or as nothing) gives the same report', (name) => {
    const expected = parse(name);
    // Every seventh line moved to the indentation of its parent or grandparent: guesses end early or late.
    const misleading = reindented(name, (line, indent) => ' '.repeat(line % 7 === 3 ? Math.max(0, indent - 2 * (1 + (line % 2))) : indent));
    expect(parseTrivyReport(misleading, name)).toEqual(expected);
  });

  it('a misleading finding in the middle of a report does not change the findings before or after it', () => {
    const text = read('debian-buster.json').toString();
    // The CVSS object of one finding closes at the finding's own indentation: the guess for that finding ends there.
    const cvss = text.indexOf('"CVSS": {', text.length / 2);
    const close = text.indexOf('\n          }', cvss);
    const misleading = `${text.slice(0, close)}\n        }${text.slice(close + '\n          }'.length)}`;
    expect(misleading).not.toBe(text);
    expect(parseTrivyReport(misleading, 'debian-buster.json')).toEqual(parse('debian-buster.json'));
  });

  it('an error inside a finding is still located by its line after a guess fails', () => {
    const text = read('debian-buster.json').toString();
    const broken = text.replace('"Severity": "CRITICAL"', '"Severity": CRITICAL');
    const line = text.slice(0, text.indexOf('"Severity": "CRITICAL"')).split('\n').length;
    expect(() => parseTrivyReport(broken, 'r.json')).toThrow(new RegExp(`at line ${line}, column \\d+$`));
  });
});

describe('syntax errors found by the byte-level walk', () => {
  const message = (text: string) => {
    try {
      parseTrivyReport(text, 'r.json');
    } catch (error) {
      if (error instanceof GateError && error.kind === 'config') return error.message;
      throw error;
    }
    throw new Error('parsed without an error');
  };

  it('calls every cut of a report truncated', () => {
    const whole = read('ubuntu-1804.json').toString();
    for (let cut = 1; cut < whole.trimEnd().length; cut += 97) {
      expect(message(whole.slice(0, cut)), `cut at ${cut}`).toBe('r.json is not valid JSON: it ends in the middle of the document (truncated file?)');
    }
  });

  it('calls a report cut inside a number or a literal truncated', () => {
    for (const cut of ['{"SchemaVersion": 2.', '{"SchemaVersion": 2e', '{"SchemaVersion": -', '{"SchemaVersion": tr', '{"SchemaVersion": 2']) {
      expect(message(cut), cut).toBe('r.json is not valid JSON: it ends in the middle of the document (truncated file?)');
    }
  });

  it('locates content after the report', () => {
    expect(message('{"SchemaVersion": 2}\n\n  x')).toBe(
      'r.json is not valid JSON: unexpected character (expected the end of the document) at line 3, column 3',
    );
  });

  it('locates a missing comma between members', () => {
    expect(message('{"SchemaVersion": 2\n "Results": []}')).toBe(
      "r.json is not valid JSON: unexpected character (expected ',' or '}') at line 2, column 2",
    );
  });

  it('locates an error inside one finding', () => {
    const text = read('debian-buster.json').toString();
    const broken = text.replace('"Severity": "CRITICAL"', '"Severity": CRITICAL');
    const line = text.slice(0, text.indexOf('"Severity": "CRITICAL"')).split('\n').length;
    expect(message(broken)).toMatch(
      new RegExp(`^r\\.json is not valid JSON: unexpected character \\(expected a JSON value\\) at line ${line}, column \\d+$`),
    );
  });

  it('rejects a top-level value that is not an object, whole', () => {
    expect(message('42')).toBe('r.json is not a Trivy JSON report: the top level is a number, expected an object');
    expect(message('null')).toBe('r.json is not a Trivy JSON report: the top level is null, expected an object');
  });
});
