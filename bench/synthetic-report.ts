/**
 * A synthetic Trivy report with N vulnerabilities, shaped exactly like the recorded ones: every
 * vulnerability is a copy of a real one from test/fixtures/trivy with its ID, package and severity varied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];

type Json = Record<string, unknown>;
/** As much of a Trivy report as is read here; the rest is copied as it is. */
interface TrivyReportJson extends Json {
  Results?: (Json & { Vulnerabilities?: Json[] | null })[] | null;
}

function readReport(path: string): TrivyReportJson {
  return JSON.parse(readFileSync(path, 'utf8')) as TrivyReportJson;
}

export function writeSyntheticReport(fixturesDir: string, count: number, outputPath: string): number {
  const base = readReport(join(fixturesDir, 'ubuntu-1804.json'));
  const templates: Json[] = [];
  for (const name of ['ubuntu-1804.json', 'debian-buster.json', 'distroless-base.json', 'alpine-310.json', 'spring4shell-jre11.json']) {
    const report = readReport(join(fixturesDir, name));
    for (const result of report.Results ?? []) for (const vulnerability of result.Vulnerabilities ?? []) templates.push(vulnerability);
  }
  const vulnerabilities = [];
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length] as Json;
    const packageName = `${String(template.PkgName)}-${index % 5000}`;
    vulnerabilities.push({
      ...template,
      VulnerabilityID: `CVE-${2000 + (index % 25)}-${100000 + index}`,
      PkgName: packageName,
      PkgID: `${packageName}@${String(template.InstalledVersion)}`,
      Severity: SEVERITIES[index % 7 === 0 ? 0 : index % 5],
      // About a third have no fix, as in real reports.
      ...(index % 3 === 0 ? { FixedVersion: undefined, Status: 'affected' } : {}),
    });
  }
  base.Results = [{ ...base.Results?.[0], Vulnerabilities: vulnerabilities }];
  const text = JSON.stringify(base, null, 2);
  writeFileSync(outputPath, text);
  return Buffer.byteLength(text);
}
