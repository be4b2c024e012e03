import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/core/model/policy.js';
import type { ImageOutcome } from '../../../../src/core/model/result.js';
import { buildResultDocument, RESULT_DOCUMENT_VERSION } from '../../../../src/report/result-file/result-json.js';
import { asInputs, DIGEST, gateResult, judgedImages, scanOf } from '../../../helpers/gate-result.js';
import { platformDigest, platformOutcomes } from '../../../helpers/platform-results.js';

describe('buildResultDocument', () => {
  it('debian-buster: verdict, counts, violations, ignored and compact findings', () => {
    const digest = `sha256:${'9'.repeat(64)}`;
    const document = buildResultDocument(
      asInputs(
        gateResult(scanOf('debian-buster'), {
          policy: {
            ignore: [
              { id: 'CVE-2019-18276', reason: 'bash is not reachable', expires: '2025-12-31', origin: 'gate.yml line 3' },
              { package: 'openssl', reason: 'stale', origin: 'gate.yml line 7' },
              { id: 'CVE-2000-0001', reason: 'old', expires: '2025-01-01', origin: 'gate.yml line 9' },
            ],
          },
          repository: 'ghcr.io/acme/app',
          digest,
        }),
      ),
    );
    expect(document).toMatchObject({ version: RESULT_DOCUMENT_VERSION, tool: 'image-gate', outcome: 'fail', failsStep: true });
    const [image] = judgedImages(document);
    expect(image).toMatchObject({
      input: 'ghcr.io/acme/app:1.0',
      repository: 'ghcr.io/acme/app',
      digest,
      reference: `ghcr.io/acme/app@${digest}`,
      outcome: 'fail',
      mode: 'enforce',
      failsStep: true,
      scan: {
        source: 'debian-buster.json',
        artifactType: 'container_image',
        trivyVersion: 'dev',
        os: { family: 'debian', name: '10.1', eosl: false },
      },
      dockerfile: null,
    });
    expect(image?.counts.vulnerabilities).toEqual({ UNKNOWN: 0, LOW: 1, MEDIUM: 0, HIGH: 0, CRITICAL: 1 });
    expect(image?.violations).toEqual([
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types asymmetric matchers `any` on purpose, so they fit any field
      { rule: 'vulnerability-severity', message: expect.stringContaining('1 CRITICAL vulnerability'), severity: 'CRITICAL', count: 1 },
    ]);
    expect(image?.ignored).toEqual([
      {
        kind: 'vulnerability',
        id: 'CVE-2019-18276',
        severity: 'LOW',
        package: 'bash',
        target: 'testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)',
        reason: 'bash is not reachable',
        expires: '2025-12-31',
        origin: 'gate.yml line 3',
      },
    ]);
    expect(image?.expiredIgnores).toEqual([{ id: 'CVE-2000-0001', reason: 'old', expires: '2025-01-01', origin: 'gate.yml line 9', matched: 0 }]);
    expect(image?.unusedIgnores).toEqual([{ package: 'openssl', reason: 'stale', origin: 'gate.yml line 7' }]);
    expect(image?.findings).toEqual([
      {
        kind: 'vulnerability',
        id: 'CVE-2019-18224',
        severity: 'CRITICAL',
        status: 'violation',
        target: 'testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)',
        title: 'libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c',
        package: 'libidn2-0',
        installed: '2.0.5-1',
        fixed: '2.0.5-1+deb10u1',
        cvss: 9.8,
        url: 'https://avd.aquasec.com/nvd/cve-2019-18224',
      },
      expect.objectContaining({ id: 'CVE-2019-18276', status: 'ignored', note: 'bash is not reachable', installed: '5.0-4' }),
    ]);
    expect(image?.findings[1]).not.toHaveProperty('fixed');
  });

  it("a finding's note keeps its words: the exclusion code in the words it always had, the ignore rule's reason", () => {
    const ubuntu = scanOf('ubuntu-1804');
    const proven = { rule: 'proven' as const, status: 'pass' as const, line: 1, image: 'ubuntu:18.04', message: 'fine' };
    const inherited = gateResult(ubuntu, {
      policy: { vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, scope: 'introduced' } },
      baseImage: { checks: [proven], facts: { written: 'ubuntu:18.04', line: 1, newerTags: [], diffIds: ubuntu.diffIds.slice(0, 1) } },
    });
    const noFix = gateResult(scanOf('debian-buster'), {
      policy: {
        vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, onlyFixed: true },
        ignore: [{ id: 'CVE-2019-18224', reason: 'inherited from the base image, says the author', origin: 'gate.yml line 3' }],
      },
    });
    const misconfig = scanOf('dockerfile-misconfig');
    const failed = misconfig.findings[0];
    if (failed?.kind !== 'misconfiguration') throw new Error('fixture changed: expected a misconfiguration');
    misconfig.findings.push({ ...failed, status: 'PASS' });
    const images = judgedImages(buildResultDocument(asInputs(inherited, noFix, gateResult(misconfig))));
    const notes = images.map((image) => image.findings.map((finding) => [finding.id, finding.status, finding.note]));
    expect(notes[0]?.filter(([, status]) => status === 'excluded')).toHaveLength(5);
    expect(new Set(notes[0]?.map(([, , note]) => note))).toEqual(new Set(['inherited from the base image']));
    expect(notes[1]).toEqual([
      ['CVE-2019-18224', 'ignored', 'inherited from the base image, says the author'],
      ['CVE-2019-18276', 'excluded', 'no fix available'],
    ]);
    expect(notes[2]).toEqual([
      ['DS-0002', 'allowed', undefined],
      ['DS-0002', 'excluded', 'check status PASS'],
    ]);
    // The code stays inside: the document's shape does not grow a field for it.
    expect(images.flatMap((image) => image.findings).some((finding) => 'excluded' in finding)).toBe(false);
  });

  it('secrets, misconfigurations and licenses keep what identifies them', () => {
    const [secrets, misconfig, licenses] = judgedImages(
      buildResultDocument(
        asInputs(gateResult(scanOf('secrets-repo')), gateResult(scanOf('dockerfile-misconfig')), gateResult(scanOf('licenses-from-sbom'))),
      ),
    );
    expect(secrets?.findings[0]).toEqual({
      kind: 'secret',
      id: 'aws-access-key-id',
      severity: 'CRITICAL',
      status: 'violation',
      target: 'deploy.sh',
      title: 'AWS Access Key ID',
      line: 3,
      category: 'AWS',
    });
    expect(misconfig?.findings[0]).toMatchObject({
      kind: 'misconfiguration',
      id: 'DS-0002',
      status: 'allowed',
      url: 'https://avd.aquasec.com/misconfig/ds-0002',
    });
    expect(licenses?.findings.map((f) => [f.id, f.package, f.category])).toEqual([
      ['EPL-1.0', 'org.eclipse.sisu:org.eclipse.sisu.plexus', 'reciprocal'],
      ['BSD-3-Clause', 'org.ow2.asm:asm', 'notice'],
      ['MIT License', 'org.slf4j:slf4j-api', 'notice'],
    ]);
  });

  it('an unpinned image with no results passes, with nulls where there is nothing', () => {
    const document = buildResultDocument(asInputs(gateResult(scanOf('alpine-39-skip-files-no-results'), { digest: null })));
    expect(document).toMatchObject({ outcome: 'pass', failsStep: false });
    expect(document.images[0]).toMatchObject({ digest: null, reference: 'ghcr.io/acme/app:1.0', findings: [], violations: [], ignored: [] });
  });

  it('says whether the image identity was verified or only asserted by a given report', () => {
    const verified = gateResult(scanOf('ubuntu-1804'));
    const asserted = { ...verified, subject: { ...verified.subject, identity: 'asserted' as const } };
    expect(judgedImages(buildResultDocument(asInputs(verified, asserted))).map((image) => image.identity)).toEqual(['verified', 'asserted']);
  });

  it('audit mode: the outcome is fail but the step does not fail', () => {
    const document = buildResultDocument(
      asInputs(
        gateResult(scanOf('ubuntu-1804')),
        gateResult(scanOf('debian-buster'), { policy: { mode: 'audit' }, repository: 'ghcr.io/acme/other' }),
      ),
    );
    expect(document).toMatchObject({ outcome: 'fail', failsStep: false });
    expect(judgedImages(document).map((i) => [i.repository, i.outcome, i.failsStep])).toEqual([
      ['ghcr.io/acme/app', 'pass', false],
      ['ghcr.io/acme/other', 'fail', false],
    ]);
  });

  it('serialises to JSON and back unchanged', () => {
    const document = buildResultDocument(asInputs(gateResult(scanOf('spring4shell-jre11')), gateResult(scanOf('distroless-base'))));
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('keeps an entry for every input in input order, an errored one in the middle included, and says error', () => {
    const a = gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/a' });
    const c = gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/c', policy: { mode: 'audit' } });
    const outcomes: ImageOutcome[] = [
      { input: 'ghcr.io/acme/a:1.0', result: a },
      { input: 'ghcr.io/acme/b:1.0', error: 'the registry has no tag 1.0' },
      { input: 'ghcr.io/acme/c:1.0', result: c },
    ];
    const document = buildResultDocument(outcomes);
    expect(document.outcome).toBe('error');
    // Only the errored image fails the step here (c is audit mode): the error alone must make failsStep true.
    expect(document.failsStep).toBe(true);
    expect(document.images.map((image) => [image.input, image.outcome, image.digest])).toEqual([
      ['ghcr.io/acme/a:1.0', 'pass', a.subject.digest],
      ['ghcr.io/acme/b:1.0', 'error', null],
      ['ghcr.io/acme/c:1.0', 'fail', c.subject.digest],
    ]);
    expect(document.images[1]).toEqual({
      input: 'ghcr.io/acme/b:1.0',
      outcome: 'error',
      error: 'the registry has no tag 1.0',
      failsStep: true,
      digest: null,
    });
    expect(document.images[0]).toEqual(buildResultDocument(asInputs(a)).images[0]);
  });

  it('a single errored input: outcome error, the step fails; no input at all is no pass either', () => {
    expect(buildResultDocument([{ input: 'x', error: 'unreachable' }])).toEqual({
      version: RESULT_DOCUMENT_VERSION,
      tool: 'image-gate',
      outcome: 'error',
      failsStep: true,
      images: [{ input: 'x', outcome: 'error', error: 'unreachable', failsStep: true, digest: null }],
    });
    expect(buildResultDocument([])).toMatchObject({ outcome: 'error', failsStep: true, images: [] });
  });

  it('an index gated per platform: one entry per platform, each naming its platform, the digest the index one', () => {
    const outcomes = platformOutcomes(
      { name: 'linux/amd64', scan: scanOf('ubuntu-1804') },
      { name: 'linux/arm64', scan: scanOf('debian-buster') },
      { name: 'linux/arm/v7', error: 'Trivy could not scan it' },
    );
    const document = buildResultDocument(outcomes);
    expect(document).toMatchObject({ version: RESULT_DOCUMENT_VERSION, outcome: 'error', failsStep: true });
    expect(document.images.map((image) => [image.input, image.outcome, image.digest, image.platform])).toEqual([
      ['ghcr.io/acme/app:1.0', 'pass', DIGEST, { name: 'linux/amd64', digest: platformDigest('linux/amd64') }],
      ['ghcr.io/acme/app:1.0', 'fail', DIGEST, { name: 'linux/arm64', digest: platformDigest('linux/arm64') }],
      ['ghcr.io/acme/app:1.0', 'error', null, { name: 'linux/arm/v7', digest: null }],
    ]);
    // Each platform is judged on its own: its own counts and findings, the reference the index's.
    const [amd, arm] = document.images.filter((image) => image.outcome !== 'error');
    expect(amd).toMatchObject({ reference: `ghcr.io/acme/app@${DIGEST}`, counts: outcomes[0]?.result?.verdict.counts });
    expect(arm?.findings.map((finding) => finding.id)).toEqual(['CVE-2019-18224', 'CVE-2019-18276']);
  });

  it('an image that is not one platform of an index has no platform field at all', () => {
    const document = buildResultDocument([...asInputs(gateResult(scanOf('ubuntu-1804'))), { input: 'x', error: 'unreachable' }]);
    expect(document.images.every((image) => !('platform' in image))).toBe(true);
  });
});
