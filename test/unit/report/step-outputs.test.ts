import { describe, expect, it } from 'vitest';
import type { ImageOutcome } from '../../../src/core/model/result.js';
import { stepOutputs } from '../../../src/report/step-outputs.js';
import { DIGEST, gateResult, scanOf } from '../../helpers/gate-result.js';
import { platformDigest, platformOutcomes } from '../../helpers/platform-results.js';

const FILES = { sarifFile: '/tmp/out/image-gate.sarif', resultFile: '/tmp/out/image-gate-result.json' };
const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_C = `sha256:${'c'.repeat(64)}`;

function passing(repository: string, digest: string): ImageOutcome {
  return { input: `${repository}:1.0`, result: gateResult(scanOf('ubuntu-1804'), { repository, digest }) };
}

function failing(repository: string, digest: string): ImageOutcome {
  return { input: `${repository}:1.0`, result: gateResult(scanOf('debian-buster'), { repository, digest }) };
}

const ERRORED: ImageOutcome = { input: 'ghcr.io/acme/b:1.0', error: 'ghcr.io/acme/b:1.0: the registry has no tag 1.0' };

describe('stepOutputs', () => {
  it('keeps every line in input order when the middle image errors: empty digest, null counts, verdict error', () => {
    const outcomes = [passing('ghcr.io/acme/a', DIGEST_A), ERRORED, failing('ghcr.io/acme/c', DIGEST_C)];
    const outputs = stepOutputs(outcomes, FILES);
    expect(outputs.verdict).toBe('error');
    expect(outputs.digest).toBe(`${DIGEST_A}\n\n${DIGEST_C}`);
    expect(outputs.digest.split('\n')).toHaveLength(3);
    const counts = JSON.parse(outputs.counts) as unknown[];
    expect(counts).toHaveLength(3);
    expect(counts[0]).toEqual(outcomes[0]?.result?.verdict.counts);
    expect(counts[1]).toBeNull();
    expect(counts[2]).toEqual(outcomes[2]?.result?.verdict.counts);
    expect(outputs.violations).toBe(String(outcomes[2]?.result?.verdict.violations.length));
    expect(Number(outputs.violations)).toBeGreaterThan(0);
    expect(outputs['sarif-file']).toBe(FILES.sarifFile);
    expect(outputs['result-file']).toBe(FILES.resultFile);
  });

  it('gives an array for several images even when only one got a verdict', () => {
    const outputs = stepOutputs([ERRORED, passing('ghcr.io/acme/a', DIGEST_A)], FILES);
    const counts = JSON.parse(outputs.counts) as unknown;
    expect(Array.isArray(counts)).toBe(true);
    expect(counts).toEqual([null, passing('ghcr.io/acme/a', DIGEST_A).result?.verdict.counts]);
    expect(outputs.digest).toBe(`\n${DIGEST_A}`);
  });

  it('gives the single counts object for one image, and null when that image errored', () => {
    const one = passing('ghcr.io/acme/a', DIGEST_A);
    const outputs = stepOutputs([one], FILES);
    expect(outputs).toMatchObject({ verdict: 'pass', digest: DIGEST_A, violations: '0' });
    expect(JSON.parse(outputs.counts)).toEqual(one.result?.verdict.counts);
    expect(JSON.parse(outputs.counts)).not.toBeInstanceOf(Array);

    const errored = stepOutputs([ERRORED], { resultFile: FILES.resultFile });
    expect(errored).toEqual({ verdict: 'error', digest: '', counts: 'null', violations: '0', 'result-file': FILES.resultFile });
  });

  it('orders the verdict error > fail > pass, audit-mode failures included', () => {
    const a = passing('ghcr.io/acme/a', DIGEST_A);
    const c = failing('ghcr.io/acme/c', DIGEST_C);
    const audited: ImageOutcome = {
      input: 'ghcr.io/acme/c:1.0',
      result: gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/c', policy: { mode: 'audit' } }),
    };
    expect(stepOutputs([a, a], FILES).verdict).toBe('pass');
    expect(stepOutputs([a, c], FILES).verdict).toBe('fail');
    expect(stepOutputs([a, audited], FILES).verdict).toBe('fail');
    expect(stepOutputs([c, ERRORED], FILES).verdict).toBe('error');
  });

  it('treats no entry at all as an error: nothing judged is never a pass', () => {
    expect(stepOutputs([], FILES)).toMatchObject({ verdict: 'error', digest: '', counts: '[]' });
  });

  it('names only the files that were written, and an unpinned image gets an empty digest line', () => {
    const unpinned: ImageOutcome = { input: 'report.json', result: gateResult(scanOf('ubuntu-1804'), { digest: null }) };
    const outputs = stepOutputs([unpinned], {});
    expect(outputs).not.toHaveProperty('sarif-file');
    expect(outputs).not.toHaveProperty('result-file');
    expect(outputs.digest).toBe('');
    expect(outputs.verdict).toBe('pass');
  });

  it('an index gated per platform: one digest line (the index digest), one counts entry per platform', () => {
    const index = platformOutcomes({ name: 'linux/amd64', scan: scanOf('ubuntu-1804') }, { name: 'linux/arm64', scan: scanOf('debian-buster') });
    const outputs = stepOutputs([passing('ghcr.io/acme/a', DIGEST_A), ...index, failing('ghcr.io/acme/c', DIGEST_C)], FILES);
    // Line for line with `image`: a, the index, c.
    expect(outputs.digest).toBe(`${DIGEST_A}\n${DIGEST}\n${DIGEST_C}`);
    const counts = JSON.parse(outputs.counts) as unknown[];
    expect(counts).toEqual([
      passing('ghcr.io/acme/a', DIGEST_A).result?.verdict.counts,
      { ...index[0]?.result?.verdict.counts, platform: { name: 'linux/amd64', digest: platformDigest('linux/amd64') } },
      { ...index[1]?.result?.verdict.counts, platform: { name: 'linux/arm64', digest: platformDigest('linux/arm64') } },
      failing('ghcr.io/acme/c', DIGEST_C).result?.verdict.counts,
    ]);
    expect(outputs.verdict).toBe('fail');
  });

  it('a platform that errored: null counts for it, the index digest still on its one line, verdict error', () => {
    const index = platformOutcomes({ name: 'linux/amd64', scan: scanOf('ubuntu-1804') }, { name: 'linux/arm64', error: 'Trivy failed' });
    const outputs = stepOutputs(index, FILES);
    expect(outputs.verdict).toBe('error');
    expect(outputs.digest).toBe(DIGEST);
    expect((JSON.parse(outputs.counts) as unknown[])[1]).toBeNull();
    // Every platform errored: nothing was judged, the line is empty.
    expect(stepOutputs(platformOutcomes({ name: 'linux/amd64', error: 'x' }, { name: 'linux/arm64', error: 'y' }), FILES).digest).toBe('');
  });
});
