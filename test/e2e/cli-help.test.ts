/** `image-gate --help` from dist/cli.js: every input of the Action is an option, listed with what it does. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/config/inputs.js';
import { repoRoot, runCli } from '../helpers/run-dist.js';

describe('image-gate --help', () => {
  it('lists every input of action.yml as an option, each with its one-line help, and exits 0', async () => {
    const run = await runCli(['check', '--help']);
    expect(run.code).toBe(0);
    const declared = Object.keys((parse(readFileSync(`${repoRoot}/action.yml`, 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    // The premise: the inputs the old hand-written help left out are inputs.
    expect(declared).toEqual(expect.arrayContaining(['build-args', 'scope', 'base-image-pinned', 'base-image-allow', 'base-image-deny']));
    for (const name of declared) {
      const input = INPUTS.find((candidate) => candidate.name === name);
      // An option line starts with the name; its help follows on the line or the next.
      expect(run.stdout, name).toMatch(
        new RegExp(`^  --${name}(?=[ [\\n])[^\\n]*(?:\\n +)?${escape(input?.help.split(' ').slice(0, 3).join(' ') ?? '?')}`, 'm'),
      );
    }
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(110);
  });

  it('is the same for image-gate --help and a usage error', async () => {
    const [help, wrong] = await Promise.all([runCli(['--help']), runCli(['check', '--no-such-flag'])]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(help.stdout);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
