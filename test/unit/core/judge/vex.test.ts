import { describe, expect, it } from 'vitest';
import { judge } from '../../../../src/core/judge/judge.js';
import { VexMatcher } from '../../../../src/core/judge/vex.js';
import type { VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import { DEFAULT_POLICY } from '../../../../src/core/model/policy.js';
import type { VexImage, VexStatement } from '../../../../src/core/model/vex.js';
import { scanOf } from '../../../helpers/gate-result.js';

/**
 * VEX matching on a real Trivy report (debian-buster: libidn2-0 CVE-2019-18224 CRITICAL, which fails the default
 * policy, and bash CVE-2019-18276 LOW), with statements shaped as the OpenVEX documents in test/fixtures/vex give them.
 */
const NOW = new Date('2025-06-01T00:00:00Z');
const debian = scanOf('debian-buster');
const libidn2 = vulnerabilityOf('CVE-2019-18224');
const bash = vulnerabilityOf('CVE-2019-18276');
const DIGEST = `sha256:${'d'.repeat(64)}`;
const OTHER_DIGEST = `sha256:${'e'.repeat(64)}`;
const IMAGE: VexImage = { repository: 'docker.io/library/debian', digests: [DIGEST] };

function vulnerabilityOf(id: string): VulnerabilityFinding {
  const finding = debian.findings.find((f): f is VulnerabilityFinding => f.kind === 'vulnerability' && f.id === id);
  if (finding === undefined) throw new Error(`${id} is not in debian-buster.json`);
  return finding;
}

function statement(over: Partial<VexStatement> = {}): VexStatement {
  return {
    vulnerability: { name: 'CVE-2019-18224', aliases: [] },
    products: [{ purl: 'pkg:deb/debian/libidn2-0@2.0.5-1', subcomponents: [] }],
    status: 'not_affected',
    justification: 'vulnerable_code_not_in_execute_path',
    author: 'Aqua Security',
    document: 'vex/openvex.json',
    timestamp: '2023-01-16T19:07:16.853479631-06:00',
    ...over,
  };
}

const suppresses = (statements: VexStatement[], finding: VulnerabilityFinding = libidn2, image: VexImage = IMAGE) =>
  new VexMatcher(statements, image).suppression(finding) !== undefined;

describe('a VEX statement suppresses a finding', () => {
  it('the premise: the report carries a package URL per package, with version and qualifiers', () => {
    expect(libidn2.purl).toBe('pkg:deb/debian/libidn2-0@2.0.5-1?arch=amd64&distro=debian-10.1');
  });

  it('not_affected suppresses and keeps the statement on the finding; the verdict then passes', () => {
    const failing = judge({ scan: debian }, DEFAULT_POLICY, NOW);
    expect(failing.outcome).toBe('fail');
    const verdict = judge({ scan: debian, vex: { statements: [statement()], image: IMAGE } }, DEFAULT_POLICY, NOW);
    expect(verdict.outcome).toBe('pass');
    expect(verdict.counts.suppressedByVex).toBe(1);
    const judged = verdict.findings.find((j) => j.finding === libidn2);
    expect(judged).toMatchObject({
      status: 'excluded',
      excluded: 'vex',
      vex: { status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path', author: 'Aqua Security', document: 'vex/openvex.json' },
    });
    // Every vulnerability is still counted as found: suppressed is shown, never dropped.
    expect(verdict.counts.vulnerabilities.CRITICAL).toBe(1);
  });

  it('fixed suppresses; affected and under_investigation do not', () => {
    expect(suppresses([statement({ status: 'fixed', justification: undefined })])).toBe(true);
    expect(suppresses([statement({ status: 'affected', justification: undefined })])).toBe(false);
    expect(suppresses([statement({ status: 'under_investigation', justification: undefined })])).toBe(false);
    const verdict = judge({ scan: debian, vex: { statements: [statement({ status: 'affected' })] } }, DEFAULT_POLICY, NOW);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.counts.suppressedByVex).toBe(0);
  });

  it('an impact statement is kept beside the justification', () => {
    const suppression = new VexMatcher([statement({ justification: undefined, impactStatement: 'never reached' })]).suppression(libidn2);
    expect(suppression).toEqual({ status: 'not_affected', impactStatement: 'never reached', author: 'Aqua Security', document: 'vex/openvex.json' });
  });

  it('only the named vulnerability: another ID of the same package is not suppressed', () => {
    expect(suppresses([statement({ vulnerability: { name: 'CVE-2019-18276', aliases: [] } })])).toBe(false);
  });

  it('an alias of the statement matches the finding ID, whatever its case', () => {
    expect(suppresses([statement({ vulnerability: { name: 'GHSA-xxxx-yyyy-zzzz', aliases: ['cve-2019-18224'] } })])).toBe(true);
  });

  it('a product without a version matches every version; with another version it does not', () => {
    expect(suppresses([statement({ products: [{ purl: 'pkg:deb/debian/libidn2-0', subcomponents: [] }] })])).toBe(true);
    expect(suppresses([statement({ products: [{ purl: 'pkg:deb/debian/libidn2-0@2.0.5-2', subcomponents: [] }] })])).toBe(false);
  });

  it('qualifiers given in the statement must match: the same arch does, another does not', () => {
    expect(suppresses([statement({ products: [{ purl: 'pkg:deb/debian/libidn2-0?arch=amd64', subcomponents: [] }] })])).toBe(true);
    expect(suppresses([statement({ products: [{ purl: 'pkg:deb/debian/libidn2-0?arch=arm64', subcomponents: [] }] })])).toBe(false);
    expect(suppresses([statement({ products: [{ purl: 'pkg:deb/debian/libidn2-0?repository_url=x.example', subcomponents: [] }] })])).toBe(false);
  });

  it('another type, namespace, name or subpath does not match', () => {
    for (const purl of ['pkg:rpm/debian/libidn2-0', 'pkg:deb/ubuntu/libidn2-0', 'pkg:deb/debian/libidn2', 'pkg:deb/debian/libidn2-0#lib']) {
      expect(suppresses([statement({ products: [{ purl, subcomponents: [] }] })]), purl).toBe(false);
    }
  });

  it('a product whose package URL is missing or does not parse matches nothing, nor does a finding without one', () => {
    expect(suppresses([statement({ products: [{ subcomponents: [] }] })])).toBe(false);
    expect(suppresses([statement({ products: [{ purl: 'pkg:', subcomponents: [] }] })])).toBe(false);
    expect(suppresses([statement()], { ...libidn2, purl: undefined })).toBe(false);
  });

  it('package URLs without namespace or qualifiers compare as such; a subcomponent that does not parse covers nothing', () => {
    const lodash = { ...libidn2, purl: 'pkg:npm/lodash@4.17.20' };
    expect(suppresses([statement({ products: [{ purl: 'pkg:npm/lodash', subcomponents: [] }] })], lodash)).toBe(true);
    expect(suppresses([statement({ products: [{ purl: 'pkg:npm/lodash?arch=amd64', subcomponents: [] }] })], lodash)).toBe(false);
    expect(suppresses([statement({ products: [{ purl: 'pkg:npm/other', subcomponents: ['pkg:', 'pkg:npm/lodash'] }] })], lodash)).toBe(true);
    expect(suppresses([statement({ products: [{ purl: 'pkg:npm/other', subcomponents: ['pkg:'] }] })], lodash)).toBe(false);
  });

  it("a package product's subcomponents are covered too (openvex-nested.json's shape)", () => {
    const products = [{ purl: 'pkg:deb/debian/bash@5.0-4', subcomponents: ['pkg:deb/debian/libidn2-0@2.0.5-1'] }];
    expect(suppresses([statement({ products })])).toBe(true);
  });
});

describe('an image product (pkg:oci/…) covers its subcomponents only in the image it names', () => {
  const oci = (purl: string, subcomponents = ['pkg:deb/debian/libidn2-0']) => [statement({ products: [{ purl, subcomponents }] })];

  it('the right name and digest match; another digest does not', () => {
    expect(suppresses(oci(`pkg:oci/debian@${DIGEST}`))).toBe(true);
    expect(suppresses(oci(`pkg:oci/debian@${OTHER_DIGEST}`))).toBe(false);
  });

  it("a platform's digest of an index counts as the image's", () => {
    expect(suppresses(oci(`pkg:oci/debian@${OTHER_DIGEST}`), libidn2, { ...IMAGE, digests: [DIGEST, OTHER_DIGEST] })).toBe(true);
  });

  it("without a digest the name decides (openvex-oci.json against openvex-oci-mismatch.json's shape)", () => {
    expect(suppresses(oci('pkg:oci/debian'))).toBe(true);
    expect(suppresses(oci('pkg:oci/mismatch'))).toBe(false);
  });

  it('repository_url must be the image repository; a qualifier the gate cannot confirm does not match', () => {
    expect(suppresses(oci('pkg:oci/debian?repository_url=docker.io/library/debian'))).toBe(true);
    expect(suppresses(oci('pkg:oci/debian?repository_url=index.docker.io/library/debian'))).toBe(true);
    expect(suppresses(oci('pkg:oci/debian?repository_url=ghcr.io/evil/debian'))).toBe(false);
    expect(suppresses(oci('pkg:oci/debian?tag=latest'))).toBe(false);
  });

  it('the image itself is not the package: a subcomponent must name it', () => {
    expect(suppresses(oci(`pkg:oci/debian@${DIGEST}`, ['pkg:deb/debian/bash']))).toBe(false);
    expect(suppresses(oci(`pkg:oci/debian@${DIGEST}`, []))).toBe(false);
  });

  it('without a known image, no image product matches', () => {
    expect(new VexMatcher(oci('pkg:oci/debian')).suppression(libidn2)).toBeUndefined();
  });
});

describe('of statements about the same finding, the latest decides', () => {
  it("a later not_affected overrides an earlier affected (openvex-multiple.json's shape), and back", () => {
    const affected = statement({ status: 'affected', justification: undefined, timestamp: '2023-01-15T01:02:03Z' });
    const notAffected = statement({ timestamp: '2023-01-16T00:00:00Z' });
    expect(suppresses([affected, notAffected])).toBe(true);
    expect(suppresses([notAffected, { ...affected, timestamp: '2023-01-17T00:00:00Z' }])).toBe(false);
  });

  it('at the same time, or without one, the later in order decides', () => {
    const untimed = { timestamp: undefined };
    expect(suppresses([statement({ status: 'affected', ...untimed }), statement(untimed)])).toBe(true);
    expect(suppresses([statement(untimed), statement({ status: 'affected', ...untimed })])).toBe(false);
    expect(suppresses([statement({ timestamp: 'not a time' }), statement({ status: 'affected', timestamp: 'not a time' })])).toBe(false);
  });

  it('a statement about another package does not take part', () => {
    const otherPackage = statement({
      status: 'affected',
      products: [{ purl: 'pkg:deb/debian/bash', subcomponents: [] }],
      timestamp: '2030-01-01T00:00:00Z',
    });
    expect(suppresses([statement(), otherPackage])).toBe(true);
    expect(suppresses([statement()], bash)).toBe(false);
  });

  it('no statements: the matcher is empty and the verdict is as without VEX', () => {
    expect(new VexMatcher([]).isEmpty).toBe(true);
    const verdict = judge({ scan: debian, vex: { statements: [] } }, DEFAULT_POLICY, NOW);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.counts.suppressedByVex).toBe(0);
  });
});
