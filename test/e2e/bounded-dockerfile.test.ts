/**
 * A Dockerfile decides how many FROM lines there are, and so how much registry traffic and log the gate
 * makes: dist/cli.js against a fake registry that counts the requests it holds open at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_REGISTRY_CONCURRENCY } from '../../src/adapters/registry/request-limit.js';
import { MAX_PIN_SUGGESTIONS } from '../../src/app/base-image/check-base-image.js';
import { LOG_BASE_CHECKS } from '../../src/report/summary/table-base-image.js';
import { LOG_VIOLATION_LIMIT } from '../../src/report/summary/table.js';
import { startSlowImageRegistry } from '../helpers/fake-image-registry.js';
import type { FakeServer } from '../helpers/registry-fake.js';
import { fixture, runCli } from '../helpers/run-dist.js';

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('a Dockerfile with thousands of unpinned FROM lines', () => {
  it('keeps registry requests within the limit, still ends with a verdict, and caps the log', async () => {
    fake = await startSlowImageRegistry(25);
    const froms = 3000;
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-froms-'));
    const lines = Array.from({ length: froms }, (_, i) => `FROM ${fake!.host}/lib/base${i}:1.0 AS stage${i}`);
    writeFileSync(join(dir, 'Dockerfile'), `${lines.join('\n')}\nCOPY --from=stage0 /a /a\n`);
    writeFileSync(join(dir, 'policy.yml'), 'base-image:\n  pinned: fail\n');
    const started = Date.now();
    const run = await runCli(
      ['check', '--report', fixture('trivy/alpine-310.json'), '--dockerfile', 'Dockerfile', '--policy', 'policy.yml', '--fail-on-severity', 'none'],
      { cwd: dir },
    );
    const seconds = (Date.now() - started) / 1000;

    // A verdict: the unpinned FROMs fail the pinned rule (exit 1), not an error (exit 2) or a hang.
    expect(run.code, run.stderr.slice(0, 2000)).toBe(1);
    expect(run.stdout).toContain('FAIL');
    expect(seconds).toBeLessThan(60);

    // The premise: the gate asked the registry for more than the limit at once (a digest to suggest
    // for each of the first images, and the final base's facts).
    const suggestionLookups = fake.requests.filter((request) => request.method === 'HEAD' && /\/lib\/base\d+\//.test(request.url.pathname));
    expect(suggestionLookups.length).toBeGreaterThan(DEFAULT_REGISTRY_CONCURRENCY);
    expect(suggestionLookups.length).toBeLessThanOrEqual(MAX_PIN_SUGGESTIONS + 2);
    expect(fake.load.maxInFlight).toBeLessThanOrEqual(DEFAULT_REGISTRY_CONCURRENCY);

    // One log line per check, and per violation, at most so many times, then a count of the rest.
    const checkLines = run.stdout.split('\n').filter((line) => /^ {4}FAIL line \d+ /.test(line));
    expect(checkLines).toHaveLength(LOG_BASE_CHECKS);
    // A pinned check per FROM, and the final base's own checks (current, proven, provenance).
    expect(Number(/… and (\d+) more checks/.exec(run.stdout)?.[1])).toBeGreaterThanOrEqual(froms - LOG_BASE_CHECKS);
    const violationLines = run.stdout.split('\n').filter((line) => line.startsWith('    - [base-image]'));
    expect(violationLines).toHaveLength(LOG_VIOLATION_LIMIT);
    expect(run.stdout).toContain(`Violations (${froms}):`);
    expect(run.stdout).toContain(`… and ${froms - LOG_VIOLATION_LIMIT} more`);
    expect(run.stdout.split('\n').length + run.stderr.split('\n').length).toBeLessThan(300);
  }, 120_000);
});
