/**
 * A policy file with several mistakes: dist/ reports every one of them, each with its line and column, in
 * the log, the job summary and as an error annotation on its line (the Action), or one line each on stderr
 * (the CLI, exit 2); none of them quotes the file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runAction, runCli } from '../helpers/run-dist.js';

/** A fake token where every mistake is: it must stay out of every line printed. */
const TOKEN = 'ghp_' + 'Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8';
const POLICY = ['mode: enforce', 'vulnerabilities:', `  fail-on-severity: ${TOKEN}`, 'ignore:', `  - reason: ${TOKEN}`, `${TOKEN}: 1`, ''].join('\n');
/** Each mistake's line and what its message says after the policy's path (as the run resolved it). */
const MISTAKES = [
  { line: 3, place: 'line 3, column 21: vulnerabilities.fail-on-severity: expected one of unknown, low, medium, high, critical, none' },
  { line: 5, place: 'line 5, column 5: ignore[0]: an ignore rule needs at least one of id, package, path' },
  {
    line: 6,
    place:
      'line 6, column 1: unknown key (expected one of: mode, vulnerabilities, secrets, misconfigurations, licenses, image, ignore, signatures, base-image)',
  },
];

/** A workspace with the policy at the default path, and the messages that name it. */
function workspaceWithPolicy(text: string): { workspace: string; messages: string[] } {
  const workspace = mkdtempSync(join(tmpdir(), 'image-gate-ws-'));
  mkdirSync(join(workspace, '.github'));
  const path = join(workspace, '.github/image-gate.yml');
  writeFileSync(path, text);
  return { workspace, messages: MISTAKES.map((mistake) => `${path} ${mistake.place}`) };
}

describe('a policy file with several mistakes', () => {
  it('the Action: each in the log and the summary, and an error annotation on each line of the policy file', async () => {
    const { workspace, messages } = workspaceWithPolicy(POLICY);
    const run = await runAction({ report: fixture('trivy/debian-buster.json') }, { workspace });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    const errors = run.commands.filter((command) => command.command === 'error');
    // The step's failure (no file) lists them all, one line each.
    const failure = errors.find((command) => command.properties.file === undefined);
    expect(failure?.message).toBe(`${fixture('trivy/debian-buster.json')}: ${messages.join('\n')}`);
    // Each mistake on its own line of the file, relative to the workspace.
    const onLines = errors.filter((command) => command.properties.file !== undefined);
    expect(onLines.map((command) => ({ file: command.properties.file, line: command.properties.line, message: command.message }))).toEqual(
      MISTAKES.map((mistake, index) => ({ file: '.github/image-gate.yml', line: String(mistake.line), message: messages[index] })),
    );
    for (const message of messages) expect(run.summary).toContain(message);
    expect(run.stdout + run.summary).not.toContain(TOKEN.slice(4, 20));
  });

  it('the Action: more mistakes than annotations fit, the rest is listed in the log and the summary', async () => {
    // Twelve bad severities, one per line: the failure and eight of them are annotated, the count closes the level.
    const many = ['vulnerabilities:', '  max-count:', ...['critical', 'high', 'medium', 'low', 'unknown'].map((s) => `    ${s}: -1`)];
    const sections = [
      'secrets: { fail: maybe }',
      'image: { forbid-root: maybe }',
      'misconfigurations: { fail-on-severity: 3 }',
      'licenses: { deny: 3 }',
      'mode: strict',
      'signatures: 3',
    ];
    const run = await runAction(
      { report: fixture('trivy/debian-buster.json') },
      { workspace: workspaceWithPolicy([...many, ...sections, ''].join('\n')).workspace },
    );
    expect(run.code).toBe(1);
    const errors = run.commands.filter((command) => command.command === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.filter((command) => command.properties.file === '.github/image-gate.yml')).toHaveLength(8);
    expect(errors.at(-1)?.message).toBe('… and 3 more errors: see the job summary.');
    // Every mistake is in the summary's error section whatever the annotations showed.
    for (const line of [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]) expect(run.summary).toContain(`image-gate.yml line ${String(line)}, column`);
  });

  it('the CLI: one line each on stderr, exit 2', async () => {
    const { workspace, messages } = workspaceWithPolicy(POLICY);
    const run = await runCli(['check', '--report', fixture('trivy/debian-buster.json')], { cwd: workspace });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines.slice(-MISTAKES.length).map((line) => line.replace(/^image-gate: /, ''))).toEqual(messages);
    expect(run.stderr).not.toContain(TOKEN.slice(4, 20));
  });
});
