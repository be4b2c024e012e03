import { describe, expect, it } from 'vitest';
import { githubPublication } from '../../../src/action/github-publication.js';
import type { ImageOutcome } from '../../../src/core/model/result.js';
import { redactValues } from '../../../src/report/neutralise/redact-values.js';
import { asInputs, gateResult, scanOf } from '../../helpers/gate-result.js';
import { platformOutcomes } from '../../helpers/platform-results.js';

const buster = scanOf('debian-buster');

describe('githubPublication: one check run per input, the platforms of an index one', () => {
  it('an image and an index of two platforms make two check runs, in input order', () => {
    const outcomes: ImageOutcome[] = [
      ...asInputs(gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/web' })),
      ...platformOutcomes({ name: 'linux/amd64', scan: scanOf('ubuntu-1804') }, { name: 'linux/arm64', scan: buster }),
    ];
    const publication = githubPublication(
      redactValues(outcomes, (text) => text),
      { images: [], github: { workflow: 'ci', job: 'build' }, workspace: '/w' },
    );
    const runs = publication.checkRuns(undefined);
    expect(runs.map((run) => [run.repository, run.conclusion])).toEqual([
      ['ghcr.io/acme/web', 'success'],
      ['ghcr.io/acme/app', 'failure'],
    ]);
    expect(runs[1]?.title).toBe('FAIL · ghcr.io/acme/app · 2 platforms: 1 passed, 1 failed');
  });
});
