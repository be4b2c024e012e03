import { describe, expect, it } from 'vitest';
import type { BaseCheck, BaseImageFacts } from '../../../src/core/model/base-image.js';
import type { VulnerabilityFinding } from '../../../src/core/model/findings.js';
import { DEFAULT_POLICY } from '../../../src/core/model/policy.js';
import type { GateResult } from '../../../src/core/model/result.js';
import { evaluateSignatures } from '../../../src/core/judge/signature-gate.js';
import { PR_COMMENT_MAX_CHARS, prCommentMarker, renderPrComment } from '../../../src/report/pr-comment.js';
import { asInputs, gateResult, scanOf, syntheticScan } from '../../helpers/gate-result.js';

const MARKER = 'image-gate:.github/workflows/ci.yml:build';
const RUN_URL = 'https://github.example.com/acme/app/actions/runs/42';
const HOSTILE = 'evil|<script>alert(1)</script>\n::error::forged @octocat [x](javascript:alert(1))';
const PIN = `sha256:${'d'.repeat(64)}`;

/** ubuntu-1804 over its first layer as the base, with a pinned check failing and a current check warning. */
function withBase(): GateResult {
  const scan = scanOf('ubuntu-1804');
  const policy = structuredClone(DEFAULT_POLICY);
  policy.vulnerabilities.scope = 'introduced';
  policy.baseImage.pinned = 'fail';
  const facts: BaseImageFacts = { written: 'ubuntu:18.04', line: 7, digest: PIN, newerTags: ['20.04'], diffIds: scan.diffIds.slice(0, 1) };
  const checks: BaseCheck[] = [
    { rule: 'pinned', status: 'fail', line: 7, image: 'ubuntu:18.04', message: 'ubuntu:18.04 names no digest', suggestion: `ubuntu:18.04@${PIN}` },
    { rule: 'current', status: 'fail', line: 7, image: 'ubuntu:18.04', message: 'the tag moved on 2025-05-01' },
    { rule: 'proven', status: 'pass', line: 7, image: 'ubuntu:18.04', message: 'fine' },
  ];
  const dockerfile = { path: 'build/Dockerfile', finalFromLine: 7 };
  return gateResult(scan, { dockerfile, policy, baseImage: { checks, facts } });
}

function withSignaturePolicy(): GateResult {
  const signatures = evaluateSignatures([], [], {
    mode: 'required',
    sources: ['referrers'],
    identities: [{ issuer: 'https://token.actions.githubusercontent.com', identity: 'x' }],
    keys: [],
    attestations: [{ predicateType: 'https://slsa.dev/provenance/v1', required: false }],
  });
  return gateResult(scanOf('alpine-39-skip-files-no-results'), { signatures });
}

/** A lone high or low surrogate: what a careless cut leaves behind. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('renderPrComment', () => {
  it('a failing image: marker first, headline, counts, violations, folded top findings, link to the run', () => {
    const md = renderPrComment(asInputs(gateResult(scanOf('debian-buster'))), { marker: MARKER, runUrl: RUN_URL });
    const lines = md.split('\n');
    expect(lines[0]).toBe(`<!-- ${MARKER} -->`);
    expect(md).toContain('## image-gate\n\n### ❌ FAIL: ghcr.io/acme/app\n');
    expect(md).toContain('| Vulnerabilities | CRITICAL | HIGH | MEDIUM | LOW | UNKNOWN | Total |');
    expect(md).toContain('| Found | 1 | 0 | 0 | 1 | 0 | 2 |');
    expect(md).toContain('| Fixable | 1 | 0 | 0 | 0 | 0 | 1 |');
    expect(md).toContain('**Violations (1)**\n\n- 1 CRITICAL vulnerability');
    expect(md).toMatch(/<details><summary>Top findings \(2, most severe first\)<\/summary>\n\n\| Severity \| ID /);
    expect(md).toContain('| CRITICAL | [CVE-2019-18224](https://avd.aquasec.com/nvd/cve-2019-18224) | libidn2-0 |');
    expect(md.trimEnd().endsWith(`Full details in the job summary of [this workflow run](${RUN_URL}).`)).toBe(true);
  });

  it('several images: one comment, a headline counting them, each image with its verdict and the audit note', () => {
    const md = renderPrComment(
      asInputs(
        gateResult(scanOf('debian-buster')),
        gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/audited', policy: { mode: 'audit' } }),
        gateResult(scanOf('alpine-39-skip-files-no-results'), { repository: 'ghcr.io/acme/clean' }),
      ),
      { marker: MARKER },
    );
    expect(md).toContain('## image-gate ❌ 3 images: 1 passed, 2 failed');
    expect(md).toContain('### ❌ FAIL: ghcr.io/acme/app');
    expect(md).toContain(
      '### ❌ FAIL (audit mode): ghcr.io/acme/audited\n\n> **Audit mode:** the policy is breached, but the step does not fail on it.',
    );
    expect(md).toContain('### ✅ PASS: ghcr.io/acme/clean');
    expect(md).toContain('No vulnerabilities found.');
    expect(md.split('\n---\n')).toHaveLength(3);
    expect(md.trimEnd().endsWith('Full details in the job summary of this workflow run.')).toBe(true);
  });

  it('splits counts into inherited and introduced, and gives base-image checks with their suggestions and advice', () => {
    const md = renderPrComment(asInputs(withBase()), { marker: MARKER });
    expect(md).toContain('| Inherited (base) | 0 | 0 | 4 | 1 | 0 | 5 |');
    expect(md).toContain('| Introduced | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(md).toContain('**Base image**\n\n- FROM ubuntu:18.04 (build/Dockerfile line 7)');
    expect(md).toMatch(
      /- ❌ ubuntu:18\.04 \(build\/Dockerfile line 7\): pinned to a digest: fail\. ubuntu:18\.04 names no digest\. Suggestion: ubuntu:18\.04\\@sha256:d{64}/,
    );
    expect(md).toContain('- ⚠️ ubuntu:18.04 (build/Dockerfile line 7): current (its tag has not moved on): fail (reported only).');
    expect(md).not.toContain('proven');
    expect(md).toMatch(/- 💡 5 inherited vulnerabilities/);
  });

  it('lists the signature requirements: enforced ones failing, optional ones reported only', () => {
    const md = renderPrComment(asInputs(withSignaturePolicy()), { marker: MARKER });
    expect(md).toContain('**Signatures and attestations**');
    expect(md).toMatch(/- ❌ signed by a trusted signer: not satisfied/);
    expect(md).toMatch(/- ⚠️ attestation https:\/\/slsa\.dev\/provenance\/v1 \(reported only\): not satisfied/);
  });

  it('escapes outside text: no HTML, no mentions, no forged lines or links', () => {
    const scan = scanOf('debian-buster');
    scan.findings = scan.findings.map((f) => (f.kind === 'vulnerability' ? { ...f, packageName: HOSTILE, url: 'javascript:alert(1)' } : f));
    const md = renderPrComment(asInputs(gateResult(scan, { repository: HOSTILE })), { marker: MARKER, runUrl: 'javascript:alert(1)' });
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/(?<!\\)@octocat/);
    expect(md).not.toContain('\n::error::');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain('evil\\|&lt;script&gt;');
  });

  it('an input that errored has its section in input order, and the headline says ERROR, never a pass', () => {
    const passing = gateResult(scanOf('alpine-39-skip-files-no-results'), { repository: 'ghcr.io/acme/b' });
    const md = renderPrComment(
      [
        { input: 'ghcr.io/acme/a:1.0', error: 'the registry answered 500 for ghcr.io/acme/a:1.0', repository: 'ghcr.io/acme/a' },
        { input: 'ghcr.io/acme/b:1.0', result: passing },
      ],
      { marker: MARKER },
    );
    // The premise: the judged image alone passes.
    expect(renderPrComment(asInputs(passing), { marker: MARKER })).toContain('### ✅ PASS: ghcr.io/acme/b');
    expect(md).toContain('## image-gate ⛔ ERROR · 2 images: 1 passed, 0 failed, 1 could not be judged');
    expect(md).not.toContain('✅ 2 images');
    const error = md.indexOf(
      '### ⛔ ERROR: ghcr.io/acme/a:1.0\n\nNo verdict could be reached for this image, so the step fails: the registry answered 500',
    );
    expect(error).toBeGreaterThan(0);
    expect(md.indexOf('### ✅ PASS: ghcr.io/acme/b')).toBeGreaterThan(error);
  });

  it('a single errored input is an ERROR section, its text escaped like all outside text', () => {
    const md = renderPrComment([{ input: 'ghcr.io/acme/a:1.0', error: HOSTILE }], { marker: MARKER });
    expect(md.split('\n').slice(0, 3)).toEqual([`<!-- ${MARKER} -->`, '', '## image-gate']);
    expect(md).toContain('### ⛔ ERROR: ghcr.io/acme/a:1.0');
    expect(md).not.toContain('PASS');
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/(?<!\\)@octocat/);
    expect(md).not.toContain('\n::error::');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
  });

  it('defuses a marker that would close the HTML comment early, and keeps one that is a whole comment', () => {
    expect(prCommentMarker('a --> <b>shown</b>\nnext')).toBe('<!-- a - -&gt; <b&gt;shown</b&gt; next -->');
    expect(prCommentMarker('<!-- image-gate:ci -->')).toBe('<!-- image-gate:ci -->');
    expect(renderPrComment([], { marker: '<!-- image-gate:ci -->' }).split('\n')[0]).toBe('<!-- image-gate:ci -->');
  });

  it('too long: the details go first, it says where the full details are, and it stays within 65,536 characters', () => {
    const policy = { vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, failOnSeverity: 'LOW' as const } };
    const long = (i: number): GateResult => {
      const scan = syntheticScan(200);
      // Titles and package names at their longest, so each row costs what it can.
      scan.findings = scan.findings.map((f) => ({ ...(f as VulnerabilityFinding), packageName: `${'p'.repeat(80)}${i}` }));
      return gateResult(scan, { repository: `ghcr.io/acme/image-${i}`, policy });
    };
    const results = Array.from({ length: 60 }, (_, i) => long(i));
    const md = renderPrComment(asInputs(...results), { marker: MARKER, runUrl: RUN_URL });
    expect(md.length).toBeLessThanOrEqual(PR_COMMENT_MAX_CHARS);
    expect(md.split('\n')[0]).toBe(`<!-- ${MARKER} -->`);
    expect(md).toContain(
      `Details were left out to fit GitHub's 65,536-character limit: full details in the job summary of [this workflow run](${RUN_URL}).`,
    );
    // Every image is still there with its verdict, even though the tables are not.
    for (let i = 0; i < 60; i += 1) expect(md).toContain(`### ❌ FAIL: ghcr.io/acme/image-${i}\n`);
    expect(md.length).toBeGreaterThan(PR_COMMENT_MAX_CHARS / 2);
  });

  it('never over maxChars, whatever it is, and never ends in half a character', () => {
    const scan = scanOf('debian-buster');
    scan.findings = scan.findings.map((f) => (f.kind === 'vulnerability' ? { ...f, title: '😀'.repeat(300) } : f));
    const results = Array.from({ length: 30 }, (_, i) => gateResult(scan, { repository: `ghcr.io/acme/😀-${i}` }));
    for (const maxChars of [60, 61, 200, 999, 1000, 1001, 4097, 20_000]) {
      const md = renderPrComment(asInputs(...results), { marker: MARKER, runUrl: RUN_URL, maxChars });
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expect(md).not.toMatch(LONE_SURROGATE);
      if (maxChars >= 1000) {
        expect(md.startsWith(`<!-- ${MARKER} -->\n`)).toBe(true);
        expect(md).toContain('full details in the job summary');
      }
    }
  });
});
