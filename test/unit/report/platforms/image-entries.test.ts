import { describe, expect, it } from 'vitest';
import { entryOutcome, groupFailsStep, groupOutcome, imageEntries, type PlatformGroup } from '../../../../src/report/platforms/image-entries.js';
import { asInputs, DIGEST, gateResult, REPOSITORY, scanOf } from '../../../helpers/gate-result.js';
import { platformDigest, platformOutcomes } from '../../../helpers/platform-results.js';

function groupOf(entry: ReturnType<typeof imageEntries>[number] | undefined): PlatformGroup {
  if (entry?.kind !== 'platforms') throw new Error(`expected a platform group, got ${entry?.kind ?? 'nothing'}`);
  return entry.group;
}

describe('imageEntries: the platforms of an index are one image', () => {
  it('images without a platform stay one entry per outcome, errors included', () => {
    const outcomes = [...asInputs(gateResult(scanOf('ubuntu-1804'))), { input: 'nope:1', error: 'unreachable' }];
    const entries = imageEntries(outcomes);
    expect(entries).toEqual(outcomes.map((outcome) => ({ kind: 'image', outcome })));
  });

  it('consecutive platforms of one input are one group, with the index digest, in index order', () => {
    const outcomes = platformOutcomes(
      { name: 'linux/amd64', scan: scanOf('ubuntu-1804') },
      { name: 'linux/arm64', scan: scanOf('debian-buster') },
      { name: 'linux/arm/v7', error: 'Trivy failed' },
    );
    const entries = imageEntries([...asInputs(gateResult(scanOf('alpine-310'), { repository: 'ghcr.io/acme/other' })), ...outcomes]);
    expect(entries.map((entry) => entry.kind)).toEqual(['image', 'platforms']);
    const group = groupOf(entries[1]);
    expect(group.input).toBe(`${REPOSITORY}:1.0`);
    expect(group.repository).toBe(REPOSITORY);
    expect(group.digest).toBe(DIGEST);
    expect(group.platforms.map((p) => [p.name, p.digest])).toEqual([
      ['linux/amd64', platformDigest('linux/amd64')],
      ['linux/arm64', platformDigest('linux/arm64')],
      ['linux/arm/v7', undefined],
    ]);
    expect(group.judged.map((p) => p.name)).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('an index asked for twice is two images: a platform seen again starts a new group', () => {
    const once = platformOutcomes({ name: 'linux/amd64', scan: scanOf('ubuntu-1804') }, { name: 'linux/arm64', scan: scanOf('debian-buster') });
    const entries = imageEntries([...once, ...once]);
    expect(entries.map((entry) => groupOf(entry).platforms.length)).toEqual([2, 2]);
  });

  it('a group whose every platform errored still names its repository', () => {
    const group = groupOf(imageEntries(platformOutcomes({ name: 'linux/amd64', error: 'x' }, { name: 'linux/arm64', error: 'y' }))[0]);
    expect(group.repository).toBe(REPOSITORY);
    expect(group.digest).toBeUndefined();
    expect(groupOutcome(group)).toBe('error');
  });
});

describe('the image verdict is the worst of its platforms', () => {
  const pass = { name: 'linux/amd64', scan: scanOf('ubuntu-1804') };
  const fail = { name: 'linux/arm64', scan: scanOf('debian-buster') };

  it('pass and pass: pass; pass and fail: fail; an error anywhere: error', () => {
    const outcome = (...specs: Parameters<typeof platformOutcomes>): string => entryOutcome(imageEntries(platformOutcomes(...specs))[0]!);
    expect(outcome(pass, { ...pass, name: 'linux/arm64' })).toBe('pass');
    expect(outcome(pass, fail)).toBe('fail');
    expect(outcome(pass, fail, { name: 'linux/s390x', error: 'boom' })).toBe('error');
    expect(outcome({ name: 'linux/s390x', error: 'boom' }, pass)).toBe('error');
  });

  it('fails the step for an enforced failure or any error, not for an audited failure', () => {
    const group = (...specs: Parameters<typeof platformOutcomes>): PlatformGroup => groupOf(imageEntries(platformOutcomes(...specs))[0]);
    expect(groupFailsStep(group(pass, fail))).toBe(true);
    expect(groupFailsStep(group(pass, { ...fail, options: { policy: { mode: 'audit' } } }))).toBe(false);
    expect(groupFailsStep(group(pass, { name: 'linux/s390x', error: 'boom' }))).toBe(true);
  });
});
