import { describe, expect, it } from 'vitest';
import { erroredLine, stepVerdict } from '../../../src/report/step-outcome.js';
import { judgedImage } from '../../../src/report/text/subject-text.js';
import { DIGEST, gateResult, scanOf } from '../../helpers/gate-result.js';
import { platformOutcomes, platformResult } from '../../helpers/platform-results.js';

describe('erroredLine: an input that got no verdict, as the log says it', () => {
  it('names the input, and the platform of an index that errored', () => {
    expect(erroredLine({ input: 'ghcr.io/acme/app:1.0', error: 'unreachable' })).toBe('ghcr.io/acme/app:1.0: unreachable');
    expect(erroredLine({ input: 'ghcr.io/acme/app:1.0', error: 'Trivy failed', platform: 'linux/arm64' })).toBe(
      'ghcr.io/acme/app:1.0 (linux/arm64): Trivy failed',
    );
  });

  it('with the input left out (the only one), the platform still says which part of it errored', () => {
    expect(erroredLine({ input: 'x', error: 'unreachable' }, false)).toBe('unreachable');
    expect(erroredLine({ input: 'x', error: 'Trivy failed', platform: 'linux/arm/v7' }, false)).toBe('linux/arm/v7: Trivy failed');
  });
});

describe('the step verdict over an index', () => {
  it('one platform erroring among verdicts is an error for the step; a failing one a failure', () => {
    const pass = { name: 'linux/amd64', scan: scanOf('ubuntu-1804') };
    expect(stepVerdict(platformOutcomes(pass, { name: 'linux/arm64', error: 'boom' }))).toEqual({ outcome: 'error', failsStep: true });
    expect(stepVerdict(platformOutcomes(pass, { name: 'linux/arm64', scan: scanOf('debian-buster') }))).toEqual({ outcome: 'fail', failsStep: true });
  });
});

describe('judgedImage', () => {
  it('the pinned reference, with the platform of an index', () => {
    expect(judgedImage(gateResult(scanOf('ubuntu-1804')).subject)).toBe(`ghcr.io/acme/app@${DIGEST}`);
    expect(judgedImage(platformResult('linux/arm64', scanOf('ubuntu-1804')).subject)).toBe(`ghcr.io/acme/app@${DIGEST} (linux/arm64)`);
  });
});
