import { describe, expect, it } from 'vitest';
import type { VulnerabilityFinding } from '../../src/core/findings.js';
import type { DockerfileLocation } from '../../src/core/result.js';
import { ANNOTATIONS_PER_LEVEL, buildAnnotations, type Annotation } from '../../src/report/annotations.js';
import { gateResult, scanOf, syntheticScan } from '../helpers/gate-result.js';

const DOCKERFILE: DockerfileLocation = { path: 'images/app/Dockerfile', finalFromLine: 12 };

const of = (annotations: Annotation[], level: Annotation['level']): Annotation[] => annotations.filter((a) => a.level === level);

describe('buildAnnotations', () => {
  it('debian-buster: the violating CRITICAL is an error on the final FROM line; the allowed LOW is silent', () => {
    const annotations = buildAnnotations(gateResult(scanOf('debian-buster'), { dockerfile: DOCKERFILE }));
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'CRITICAL CVE-2019-18224 in libidn2-0',
        message:
          'libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c. ' +
          'libidn2-0 2.0.5-1 → 2.0.5-1+deb10u1 in ghcr.io/acme/app. Status: VIOLATION. https://avd.aquasec.com/nvd/cve-2019-18224',
        file: 'images/app/Dockerfile',
        startLine: 12,
      },
    ]);
  });

  it('without a Dockerfile the annotations name no file', () => {
    const [error] = buildAnnotations(gateResult(scanOf('debian-buster')));
    expect(error?.level).toBe('error');
    expect(error).not.toHaveProperty('file');
    expect(error).not.toHaveProperty('startLine');
  });

  it('ubuntu-1804: allowed MEDIUM findings are warnings, nothing is an error', () => {
    const annotations = buildAnnotations(gateResult(scanOf('ubuntu-1804'), { dockerfile: DOCKERFILE }));
    expect(of(annotations, 'error')).toEqual([]);
    expect(of(annotations, 'warning').map((a) => a.title)).toEqual([
      'MEDIUM CVE-2019-5094 in e2fsprogs',
      'MEDIUM CVE-2019-5094 in libcom-err2',
      'MEDIUM CVE-2019-5094 in libext2fs2',
      'MEDIUM CVE-2019-5094 in libss2',
    ]);
    expect(annotations.every((a) => a.file === DOCKERFILE.path && a.startLine === DOCKERFILE.finalFromLine)).toBe(true);
  });

  it('secrets are errors naming the file and line inside the image', () => {
    const errors = of(buildAnnotations(gateResult(scanOf('secrets-repo'))), 'error');
    expect(errors.map((a) => a.title)).toEqual(['CRITICAL aws-access-key-id in deploy.sh:3', 'HIGH mysecret in deploy.sh:7']);
  });

  it('dockerfile-misconfig: an allowed HIGH check warns, a failing one is an error', () => {
    const scan = scanOf('dockerfile-misconfig');
    const allowed = buildAnnotations(gateResult(scan, { dockerfile: DOCKERFILE }));
    expect(allowed.map((a) => [a.level, a.title])).toEqual([['warning', "HIGH DS-0002 in Dockerfile"]]);
    expect(allowed[0]?.message).toBe("Image user should not be 'root'. Dockerfile in ghcr.io/acme/app. Status: allowed. https://avd.aquasec.com/misconfig/ds-0002");
    const failing = buildAnnotations(gateResult(scan, { policy: { misconfigurations: { failOnSeverity: 'HIGH' } }, dockerfile: DOCKERFILE }));
    expect(failing.map((a) => [a.level, a.title, a.file, a.startLine])).toEqual([
      ['error', 'HIGH DS-0002 in Dockerfile', DOCKERFILE.path, DOCKERFILE.finalFromLine],
    ]);
  });

  it('a report without results gives no annotations', () => {
    expect(buildAnnotations(gateResult(scanOf('alpine-39-skip-files-no-results')))).toEqual([]);
  });

  it('an image-level violation has an error of its own, first', () => {
    const result = gateResult(scanOf('licenses-from-sbom'), {
      policy: {
        image: { forbidRoot: true, allowNamedUser: false },
        licenses: { deny: ['EPL-1.0'], denyCategories: [] },
      },
    });
    const errors = of(buildAnnotations(result), 'error');
    expect(errors.map((a) => a.title)).toEqual(['Policy violation: root-user', 'MEDIUM EPL-1.0 in org.eclipse.sisu:org.eclipse.sisu.plexus']);
    expect(errors[0]?.message).toContain('could not check the image');
  });

  it('expired ignores warn first; unused ignores are notices', () => {
    const result = gateResult(scanOf('ubuntu-1804'), {
      policy: {
        ignore: [
          { id: 'CVE-2019-5094', reason: 'waiting for upstream', expires: '2025-03-01', origin: 'gate.yml line 5' },
          { package: 'zlib1g', reason: 'not shipped', origin: 'gate.yml line 9' },
        ],
      },
    });
    const annotations = buildAnnotations(result);
    const warnings = of(annotations, 'warning');
    expect(warnings[0]).toEqual({
      level: 'warning',
      title: 'Ignore rule expired on 2025-03-01',
      message: 'id CVE-2019-5094 (gate.yml line 5) no longer applies; 4 findings in ghcr.io/acme/app count again. Reason was: waiting for upstream',
    });
    expect(warnings).toHaveLength(5);
    expect(of(annotations, 'notice')).toEqual([
      {
        level: 'notice',
        title: 'Unused ignore rule',
        message: 'package zlib1g (gate.yml line 9) matched nothing in ghcr.io/acme/app and can be removed.',
      },
    ]);
  });

  it('keeps 9 per level, most severe first, and makes the 10th a summary of the rest', () => {
    const annotations = buildAnnotations(
      gateResult(syntheticScan(100), { policy: { vulnerabilities: { failOnSeverity: 'LOW', maxCount: {}, onlyFixed: false, scope: 'all' } }, dockerfile: DOCKERFILE }),
    );
    const errors = of(annotations, 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL);
    // 20 CRITICAL in the 100: the 9 kept are all CRITICAL.
    expect(errors.slice(0, 9).every((a) => a.title.startsWith('CRITICAL '))).toBe(true);
    // UNKNOWN is below the LOW threshold: 80 violate, 9 are shown, 71 are summarised.
    expect(errors[9]).toEqual({
      level: 'error',
      title: 'image-gate: 71 more errors',
      message: '…and 71 more errors for ghcr.io/acme/app: see the job summary.',
      file: DOCKERFILE.path,
      startLine: DOCKERFILE.finalFromLine,
    });
    expect(of(annotations, 'warning')).toEqual([]);
  });

  it('exactly 10 fit without a summary', () => {
    const annotations = buildAnnotations(gateResult(syntheticScan(25)));
    // 5 CRITICAL + 5 HIGH violate.
    const errors = of(annotations, 'error');
    expect(errors).toHaveLength(10);
    expect(errors.some((a) => a.title.includes('more errors'))).toBe(false);
    // 5 MEDIUM allowed warn; LOW and UNKNOWN do not.
    expect(of(annotations, 'warning')).toHaveLength(5);
  });

  it('leaves the slots the caller reserves for its own annotations', () => {
    const annotations = buildAnnotations(gateResult(syntheticScan(25)), { reserved: { error: 1 } });
    // The same 10 violations as above, now 8 shown and a ninth that counts the other 2.
    const errors = of(annotations, 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL - 1);
    expect(errors.at(-1)?.title).toBe('image-gate: 2 more errors');
    expect(of(annotations, 'warning')).toHaveLength(5);
  });

  it('hostile text is kept to one line', () => {
    const scan = scanOf('debian-buster');
    const hostile: VulnerabilityFinding = {
      ...(scan.findings[1] as VulnerabilityFinding),
      packageName: 'evil\n::error::forged',
      title: 'x\r\ny',
    };
    const [error] = buildAnnotations(gateResult({ ...scan, findings: [hostile] }));
    expect(error?.title).toBe('CRITICAL CVE-2019-18224 in evil ::error::forged');
    expect(error?.message).not.toMatch(/[\r\n]/);
  });
});
