import { describe, expect, it } from 'vitest';
import type { VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import type { DockerfileLocation, GateResult, ImageOutcome } from '../../../../src/core/model/result.js';
import { AnnotationBudget } from '../../../../src/report/annotations/annotation-budget.js';
import { ANNOTATIONS_PER_LEVEL, imageAnnotations, mistakeAnnotations, type Annotation } from '../../../../src/report/annotations/annotations.js';
import { gateResult, scanOf, syntheticScan } from '../../../helpers/gate-result.js';

const DOCKERFILE: DockerfileLocation = { path: 'images/app/Dockerfile', finalFromLine: 12 };
const ALL_VIOLATE = { vulnerabilities: { failOnSeverity: 'LOW' as const, maxCount: {}, onlyFixed: false, scope: 'all' as const } };

const of = <T extends Annotation>(annotations: T[], level: Annotation['level']): T[] => annotations.filter((a) => a.level === level);

/** One image's annotations (each level at most what GitHub shows). */
const annotationsOf = (result: GateResult): Annotation[] => imageAnnotations(result).annotations;

/** What the step shows for one image: its annotations through the step's budget, after the step's own messages. */
function shownFor(result: GateResult, own: (budget: AnnotationBudget) => void = () => undefined): Annotation[] {
  const budget = new AnnotationBudget();
  own(budget);
  budget.addImage(imageAnnotations(result));
  return budget.plan().shown;
}

describe('imageAnnotations', () => {
  it('debian-buster: the violating CRITICAL is an error on the final FROM line; the allowed LOW is silent', () => {
    const annotations = annotationsOf(gateResult(scanOf('debian-buster'), { dockerfile: DOCKERFILE }));
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
    const [error] = annotationsOf(gateResult(scanOf('debian-buster')));
    expect(error?.level).toBe('error');
    expect(error).not.toHaveProperty('file');
    expect(error).not.toHaveProperty('startLine');
  });

  it('ubuntu-1804: allowed MEDIUM findings are warnings, nothing is an error', () => {
    const annotations = annotationsOf(gateResult(scanOf('ubuntu-1804'), { dockerfile: DOCKERFILE }));
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
    const errors = of(annotationsOf(gateResult(scanOf('secrets-repo'))), 'error');
    expect(errors.map((a) => a.title)).toEqual(['CRITICAL aws-access-key-id in deploy.sh:3', 'HIGH mysecret in deploy.sh:7']);
  });

  it('dockerfile-misconfig: an allowed HIGH check warns, a failing one is an error', () => {
    const scan = scanOf('dockerfile-misconfig');
    const allowed = annotationsOf(gateResult(scan, { dockerfile: DOCKERFILE }));
    expect(allowed.map((a) => [a.level, a.title])).toEqual([['warning', 'HIGH DS-0002 in Dockerfile']]);
    expect(allowed[0]?.message).toBe(
      "Image user should not be 'root'. Dockerfile in ghcr.io/acme/app. Status: allowed. https://avd.aquasec.com/misconfig/ds-0002",
    );
    const failing = annotationsOf(gateResult(scan, { policy: { misconfigurations: { failOnSeverity: 'HIGH' } }, dockerfile: DOCKERFILE }));
    expect(failing.map((a) => [a.level, a.title, a.file, a.startLine])).toEqual([
      ['error', 'HIGH DS-0002 in Dockerfile', DOCKERFILE.path, DOCKERFILE.finalFromLine],
    ]);
  });

  it('a report without results gives no annotations', () => {
    expect(annotationsOf(gateResult(scanOf('alpine-39-skip-files-no-results')))).toEqual([]);
  });

  it('an image-level violation has an error of its own, first', () => {
    const result = gateResult(scanOf('licenses-from-sbom'), {
      policy: {
        image: { forbidRoot: true, allowNamedUser: false },
        licenses: { deny: ['EPL-1.0'], denyCategories: [] },
      },
    });
    const errors = of(annotationsOf(result), 'error');
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
    const annotations = annotationsOf(result);
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

  it('lists at most 10 per level, most severe first, and counts the rest', () => {
    const { annotations, more } = imageAnnotations(gateResult(syntheticScan(100), { policy: ALL_VIOLATE, dockerfile: DOCKERFILE }));
    const errors = of(annotations, 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL);
    // 20 CRITICAL in the 100: the 10 listed are all CRITICAL.
    expect(errors.every((a) => a.title.startsWith('CRITICAL '))).toBe(true);
    // UNKNOWN is below the LOW threshold: 80 violate, 10 are listed, 70 are counted.
    expect(more).toEqual({ error: 70, warning: 0, notice: 0 });
    expect(of(annotations, 'warning')).toEqual([]);
  });

  it('through the step budget: 9 per level, most severe first, and the 10th a summary of the rest', () => {
    const shown = shownFor(gateResult(syntheticScan(100), { policy: ALL_VIOLATE, dockerfile: DOCKERFILE }));
    const errors = of(shown, 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(errors.slice(0, 9).every((a) => a.title.startsWith('CRITICAL ') && a.file === DOCKERFILE.path)).toBe(true);
    // 80 violate, 9 are shown, 71 are summarised.
    expect(errors[9]).toMatchObject({
      level: 'error',
      title: 'image-gate: 71 more errors',
      message: '… and 71 more errors: see the job summary.',
    });
    expect(of(shown, 'warning')).toEqual([]);
  });

  it('exactly 10 fit without a summary', () => {
    const shown = shownFor(gateResult(syntheticScan(25)));
    // 5 CRITICAL + 5 HIGH violate.
    const errors = of(shown, 'error');
    expect(errors).toHaveLength(10);
    expect(errors.some((a) => a.title.includes('more errors'))).toBe(false);
    expect(imageAnnotations(gateResult(syntheticScan(25))).more).toEqual({ error: 0, warning: 0, notice: 0 });
    // 5 MEDIUM allowed warn; LOW and UNKNOWN do not.
    expect(of(shown, 'warning')).toHaveLength(5);
  });

  it("leaves a slot for the step's own failure message, which comes first", () => {
    const failure: Annotation = { level: 'error', title: '', message: 'Image gate failed for ghcr.io/acme/app' };
    const shown = shownFor(gateResult(syntheticScan(25)), (budget) => budget.add(failure, 'actionable', { failsStep: true }));
    // The same 10 violations as above, now the failure, 8 findings and a tenth that counts the other 2.
    const errors = of(shown, 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(errors[0]?.message).toBe(failure.message);
    expect(errors.slice(1, 9).every((a) => /^(CRITICAL|HIGH) /.test(a.title))).toBe(true);
    expect(errors.at(-1)?.title).toBe('image-gate: 2 more errors');
    expect(of(shown, 'warning')).toHaveLength(5);
  });

  it('hostile text is kept to one line, without terminal escapes or bidirectional controls', () => {
    const scan = scanOf('debian-buster');
    const hostile: VulnerabilityFinding = {
      ...(scan.findings[1] as VulnerabilityFinding),
      packageName: 'evil\n::error::forged\u001b[8m',
      title: 'x\r\ny \u202eexe.txt',
    };
    const [error] = annotationsOf(gateResult({ ...scan, findings: [hostile] }));
    expect(error?.title).toBe('CRITICAL CVE-2019-18224 in evil ::error::forged');
    expect(error?.message).not.toMatch(/[\r\n\u001b\u202e]/);
    expect(error?.message).toMatch(/^x y {2}exe\.txt\./);
  });
});

describe('mistakeAnnotations', () => {
  const mistakes = [
    {
      file: '.github/image-gate.yml',
      line: 2,
      column: 21,
      message: '.github/image-gate.yml line 2, column 21: vulnerabilities.fail-on-severity: expected one of …',
    },
    { file: '.github/image-gate.yml', line: 5, column: 7, message: '.github/image-gate.yml line 5, column 7: mode: expected one of enforce, audit' },
  ];
  const error = mistakes.map((mistake) => mistake.message).join('\n');

  it('an error on the line of each mistake in the policy file, once however many images met it', () => {
    const outcomes: ImageOutcome[] = [
      { input: 'ghcr.io/acme/app:1', error, mistakes },
      { input: 'ghcr.io/acme/api:1', error, mistakes },
      { input: 'ghcr.io/acme/web:1', error: 'registry refused the request' },
    ];
    expect(mistakeAnnotations(outcomes)).toEqual(
      mistakes.map((mistake) => ({
        level: 'error',
        title: 'image-gate cannot use this file',
        message: mistake.message,
        file: '.github/image-gate.yml',
        startLine: mistake.line,
      })),
    );
  });

  it('none for a policy file outside the checkout (the failure message lists its mistakes) or an image with a verdict', () => {
    const outside = mistakes.map(({ line, column, message }) => ({ line, column, message }));
    expect(
      mistakeAnnotations([
        { input: 'app', error, mistakes: outside },
        { input: 'b', result: gateResult(scanOf('debian-buster')) },
      ]),
    ).toEqual([]);
  });
});
