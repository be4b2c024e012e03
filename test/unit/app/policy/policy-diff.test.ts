/**
 * The pull request's policy file against the base branch's: a bounded unified diff, and the head file read
 * as untrusted input (no symbolic links, no FIFOs, no huge files).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIFF_MAX_LINES, diffPolicy, readWorkspaceText } from '../../../../src/app/policy/policy-diff.js';

const text = (value: string) => ({ kind: 'text' as const, text: value });

describe('diffPolicy', () => {
  it('gives the changed lines with two lines of context, as diff -U2', async () => {
    const base = 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\n';
    const head = 'a: 1\nb: 2\nc: 3\nd: 40\ne: 5\nf: 6\ng: 7\n';
    expect(await diffPolicy(base, text(head))).toEqual({
      lines: ['@@ -2,5 +2,5 @@', ' b: 2', ' c: 3', '-d: 4', '+d: 40', ' e: 5', ' f: 6'],
      moreLines: 0,
    });
  });

  it('is no change when only line endings or a byte order mark differ', async () => {
    expect(await diffPolicy('a: 1\nb: 2\n', text('\uFEFFa: 1\r\nb: 2\r\n'))).toBeUndefined();
    expect(await diffPolicy(undefined, { kind: 'absent' })).toBeUndefined();
  });

  it('shows a file the pull request adds, and says when the workspace has none', async () => {
    expect((await diffPolicy(undefined, text('mode: audit\n')))?.lines).toEqual(['@@ -0,0 +1,1 @@', '+mode: audit']);
    expect((await diffPolicy('mode: enforce\n', { kind: 'absent' }))?.unavailable).toContain('the workspace has no such file');
  });

  it('keeps at most DIFF_MAX_LINES lines and counts the rest', async () => {
    const head = Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n');
    const change = await diffPolicy('', text(head));
    expect(change?.lines).toHaveLength(DIFF_MAX_LINES);
    // A header, 500 added lines and "\ No newline at end of file".
    expect(change?.moreLines).toBe(502 - DIFF_MAX_LINES);
  });

  it('cuts very long lines', async () => {
    const change = await diffPolicy('', text(`x: ${'y'.repeat(5000)}\n`));
    expect(change?.lines[1]?.length).toBe(400);
    expect(change?.lines[1]?.endsWith('…')).toBe(true);
  });

  it('gives up quickly on a file too large or too different to compare', async () => {
    const many = Array.from({ length: 6000 }, (_, i) => `k${i}: ${i}`).join('\n');
    expect((await diffPolicy('a: 1\n', text(many)))?.unavailable).toContain('more than 5000 lines');
    const before = Array.from({ length: 4000 }, (_, i) => `a${i}: ${i}`).join('\n');
    const after = Array.from({ length: 4000 }, (_, i) => `b${i}: ${i}`).join('\n');
    const started = Date.now();
    expect((await diffPolicy(before, text(after)))?.unavailable).toBe('it changes too much to show line by line');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('passes a head that could not be read on as the reason', async () => {
    expect(await diffPolicy('a: 1\n', { kind: 'unavailable', reason: 'it is not a regular file' })).toEqual({
      lines: [],
      moreLines: 0,
      unavailable: 'it is not a regular file',
    });
  });
});

describe('readWorkspaceText', () => {
  const workspace = (): string => mkdtempSync(join(tmpdir(), 'image-gate-head-'));

  it('reads a regular file in the workspace', async () => {
    const ws = workspace();
    mkdirSync(join(ws, '.github'));
    writeFileSync(join(ws, '.github/image-gate.yml'), 'mode: audit\n');
    expect(await readWorkspaceText(join(ws, '.github/image-gate.yml'), ws)).toEqual({ kind: 'text', text: 'mode: audit\n' });
    expect(await readWorkspaceText(join(ws, 'missing.yml'), ws)).toEqual({ kind: 'absent' });
  });

  it('does not follow a symbolic link, which could lead to a credentials file', async () => {
    const ws = workspace();
    const secret = join(mkdtempSync(join(tmpdir(), 'image-gate-secret-')), 'credentials');
    writeFileSync(secret, 'https://x-access-token:ghs_secret@github.com\n');
    mkdirSync(join(ws, '.github'));
    symlinkSync(secret, join(ws, '.github/image-gate.yml'));
    const result = await readWorkspaceText(join(ws, '.github/image-gate.yml'), ws);
    expect(result).toEqual({ kind: 'unavailable', reason: 'it is a symbolic link, or lies under one; what it points to is not shown' });
    expect(JSON.stringify(result)).not.toContain('ghs_secret');
  });

  it("reads the file of a workspace that itself sits under a symbolic link (links above it are not the PR's)", async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'image-gate.yml'), 'mode: audit\n');
    symlinkSync(ws, `${ws}-link`);
    expect(await readWorkspaceText(join(`${ws}-link`, 'image-gate.yml'), `${ws}-link`)).toEqual({ kind: 'text', text: 'mode: audit\n' });
  });

  it('does not follow a symbolic link to the folder', async () => {
    const ws = workspace();
    const elsewhere = mkdtempSync(join(tmpdir(), 'image-gate-elsewhere-'));
    writeFileSync(join(elsewhere, 'image-gate.yml'), 'mode: audit\n');
    symlinkSync(elsewhere, join(ws, '.github'));
    expect((await readWorkspaceText(join(ws, '.github/image-gate.yml'), ws)).kind).toBe('unavailable');
  });

  it('does not wait on a FIFO, and refuses a file over the limit or not UTF-8', async () => {
    const ws = workspace();
    execFileSync('mkfifo', [join(ws, 'fifo.yml')]);
    expect(await readWorkspaceText(join(ws, 'fifo.yml'), ws)).toEqual({ kind: 'unavailable', reason: 'it is not a regular file' });
    writeFileSync(join(ws, 'big.yml'), 'x'.repeat(101));
    expect(await readWorkspaceText(join(ws, 'big.yml'), ws, 100)).toEqual({ kind: 'unavailable', reason: 'it is larger than 100 bytes' });
    writeFileSync(join(ws, 'latin1.yml'), Buffer.from([0x61, 0xe9, 0x0a]));
    expect(await readWorkspaceText(join(ws, 'latin1.yml'), ws)).toEqual({ kind: 'unavailable', reason: 'it is not UTF-8 text' });
  });
});
