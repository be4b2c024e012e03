/**
 * VEX documents given to the built CLI and Action (dist/): debian-buster's CRITICAL libidn2-0 CVE-2019-18224 fails
 * the default policy; an OpenVEX statement that it is not affected makes the run pass, with the finding still
 * reported beside the statement. A malformed or unsupported document ends the run with exit 2 and one line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runAction, runCli } from '../helpers/run-dist.js';

const REPORT = fixture('trivy/debian-buster.json');
let dir: string;

/** Trivy's openvex.json, about debian-buster's libidn2-0 instead of spring-boot, with the statement changed by `over`. */
function vexFile(name: string, over: Record<string, unknown> = {}): string {
  const document = JSON.parse(readFileSync(fixture('vex/trivy-testdata/openvex.json'), 'utf8')) as { statements: Record<string, unknown>[] };
  document.statements = [
    {
      ...document.statements[0],
      vulnerability: { name: 'CVE-2019-18224' },
      products: [{ '@id': 'pkg:deb/debian/libidn2-0' }],
      ...over,
    },
  ];
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(document));
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'image-gate-vex-'));
});

describe('image-gate check --vex', () => {
  it('the premise: without VEX the report fails the default policy', async () => {
    expect((await runCli(['check', '--report', REPORT])).code).toBe(1);
  });

  it('not_affected: the run passes, and the finding is shown with the statement and counted as suppressed by VEX', async () => {
    const run = await runCli(['check', '--report', REPORT, '--vex', vexFile('not-affected.json'), '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout) as {
      images: { counts: { suppressedByVex: number }; findings: { id: string; status: string; vex?: Record<string, string> }[] }[];
    };
    const [image] = document.images;
    expect(image?.counts.suppressedByVex).toBe(1);
    expect(image?.findings.find((f) => f.id === 'CVE-2019-18224')).toMatchObject({
      status: 'excluded',
      vex: { status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path', author: 'Aqua Security' },
    });
    const table = await runCli(['check', '--report', REPORT, '--vex', vexFile('not-affected.json')]);
    expect(table.stdout).toContain('Suppressed by VEX: 1');
  });

  it('affected in one file, then not_affected later in another (--vex repeated): the later statement decides', async () => {
    const affected = vexFile('affected.json', { status: 'affected', justification: undefined, timestamp: '2023-01-01T00:00:00Z' });
    expect((await runCli(['check', '--report', REPORT, '--vex', affected])).code).toBe(1);
    const run = await runCli(['check', '--report', REPORT, '--vex', affected, '--vex', vexFile('later.json')]);
    expect(run.code, run.stderr).toBe(0);
  });

  it('a malformed document: exit 2, one line naming the file and the field', async () => {
    const path = vexFile('malformed.json', { justification: undefined });
    const run = await runCli(['check', '--report', REPORT, '--vex', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `VEX document ${path}: field statements.0.justification: a not_affected statement needs a justification or an impact_statement`,
    );
  });

  it('a CycloneDX VEX document: exit 2, unsupported VEX format naming the file', async () => {
    const path = fixture('vex/trivy-testdata/cyclonedx.json');
    const run = await runCli(['check', '--report', REPORT, '--vex', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`VEX document ${path}: unsupported VEX format (CycloneDX)`);
  });
});

describe('the Action with the vex input', () => {
  it('paths relative to the workspace, one per line: the summary shows the statement and the count', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'image-gate-vex-workspace-'));
    writeFileSync(join(workspace, 'app.openvex.json'), readFileSync(vexFile('action.json')));
    const run = await runAction({ report: REPORT, vex: '\napp.openvex.json\n' }, { workspace });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('Suppressed by VEX: 1');
    expect(run.summary).toContain(
      'excluded (VEX not\\_affected: vulnerable\\_code\\_not\\_in\\_execute\\_path (by Aqua Security, app.openvex.json))',
    );
  });
});
