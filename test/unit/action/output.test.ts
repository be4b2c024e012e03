/**
 * The step's messages that GitHub's 10 annotations per level leave out go to the log and the job summary.
 * Their number is up to the input (one registry warning per image a hostile index or Dockerfile names), so
 * they must neither flood the log nor push the summary past GitHub's limit, which drops all of it, verdict
 * included.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionOutput } from '../../../src/action/output.js';
import { ANNOTATIONS_PER_LEVEL } from '../../../src/report/annotations/annotations.js';
import { HIDDEN_MESSAGE_LENGTH, HIDDEN_MESSAGES_LISTED, hiddenMessagesSection } from '../../../src/report/neutralise/hidden-messages.js';
import { Redactor } from '../../../src/report/neutralise/redaction.js';
import { STEP_SUMMARY_MAX_BYTES, SUMMARY_MAX_BYTES } from '../../../src/report/summary/summary.js';

const HOST = 'registry.example:5000';
const DIGEST = `sha256:${'e'.repeat(64)}`;
const SECRET = 'hunter2-the-registry-password';
/** GitHub's own limit for one step's summary (actions/runner, CreateStepSummaryCommand.AttachmentSizeLimit). */
const GITHUB_STEP_SUMMARY_LIMIT = 1024 * 1024;

/** What src/adapters/registry/client.ts warns for each image whose config contradicts its index entry. */
const lyingRegistryWarning = (i: number): string => `${HOST}/lib/base${i}@${DIGEST} is listed as linux/amd64 but its config says linux/arm64`;

// @actions/core remembers the summary file's path once it has written to it: one file for the whole suite.
let summaryFile: string;
let printed: string[];
const saved = process.env.GITHUB_STEP_SUMMARY;

beforeAll(() => {
  summaryFile = join(mkdtempSync(join(tmpdir(), 'image-gate-output-')), 'step-summary.md');
  writeFileSync(summaryFile, '');
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
});
afterAll(() => {
  if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = saved;
});
beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/** The verdict's summary as src/action/main.ts writes it before the flush: as large as renderSummary lets it be. */
function verdictSummary(bytes: number): string {
  const head = '## image-gate\n\n❌ **FAIL** ghcr.io/acme/app\n\n';
  return head + 'x'.repeat(bytes - Buffer.byteLength(head, 'utf8'));
}

function output(): ActionOutput {
  const redactor = new Redactor();
  redactor.addSecret(SECRET);
  return new ActionOutput(redactor);
}

const logLines = (): string[] => printed.join('').split('\n');

describe('messages not shown as annotations', () => {
  it('thousands of registry warnings: the summary stays within GitHub limit, the verdict first, the rest counted', async () => {
    const verdict = verdictSummary(SUMMARY_MAX_BYTES);
    writeFileSync(summaryFile, verdict);
    const out = output();
    const warnings = 5000;
    for (let i = 0; i < warnings; i++) out.libraryWarning(lyingRegistryWarning(i));
    // The premise: listed whole, the messages alone would not fit in what the verdict leaves of GitHub's limit.
    const listedWhole = Array.from({ length: warnings }, (_, i) => `- ${lyingRegistryWarning(i)}\n`).join('');
    expect(Buffer.byteLength(listedWhole, 'utf8')).toBeGreaterThan(GITHUB_STEP_SUMMARY_LIMIT - SUMMARY_MAX_BYTES);

    printed = [];
    await out.flush();

    const summary = readFileSync(summaryFile, 'utf8');
    expect(statSync(summaryFile).size).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES);
    expect(STEP_SUMMARY_MAX_BYTES).toBeLessThan(GITHUB_STEP_SUMMARY_LIMIT);
    expect(summary.startsWith(verdict)).toBe(true);
    const section = summary.slice(verdict.length);
    expect(section).toContain('### Image gate: messages not shown as annotations');
    // Nine warnings are annotations (the tenth counts the rest); of the others, the first 20 are listed.
    const hidden = warnings - (ANNOTATIONS_PER_LEVEL - 1);
    const items = section.split('\n').filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(HIDDEN_MESSAGES_LISTED);
    expect(items[0]).toContain(`lib/base${ANNOTATIONS_PER_LEVEL - 1}\\@`);
    expect(section).toContain(`… and ${(hidden - HIDDEN_MESSAGES_LISTED).toLocaleString('en-US')} more messages not shown as annotations.`);

    // The log lists as many, and counts the rest, once.
    const notShown = logLines().filter((line) => line.startsWith('Not shown as an annotation'));
    expect(notShown).toHaveLength(HIDDEN_MESSAGES_LISTED);
    expect(logLines().filter((line) => line.includes('more messages not shown as annotations'))).toEqual([
      `… and ${(hidden - HIDDEN_MESSAGES_LISTED).toLocaleString('en-US')} more messages not shown as annotations`,
    ]);
  });

  it('a summary already close to the limit gets only what fits: a count, or nothing', async () => {
    for (const room of [400, 40]) {
      writeFileSync(summaryFile, verdictSummary(STEP_SUMMARY_MAX_BYTES - room));
      const out = output();
      for (let i = 0; i < 30; i++) out.libraryWarning(lyingRegistryWarning(i));
      await out.flush();
      expect(statSync(summaryFile).size).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES);
      const section = readFileSync(summaryFile)
        .subarray(STEP_SUMMARY_MAX_BYTES - room)
        .toString('utf8');
      if (room === 400)
        expect(section).toMatch(/### Image gate: messages not shown as annotations[\s\S]*… and \d+ more messages? not shown as annotations\.\n$/);
      else expect(section).toBe('');
    }
  });

  it('few enough to list: all of them, and no count', async () => {
    writeFileSync(summaryFile, verdictSummary(1000));
    const out = output();
    for (let i = 0; i < 12; i++) out.libraryWarning(lyingRegistryWarning(i));
    await out.flush();
    const section = readFileSync(summaryFile).subarray(1000).toString('utf8');
    expect(section.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(12 - (ANNOTATIONS_PER_LEVEL - 1));
    expect(section).not.toContain('more messages');
  });

  it('redacts a secret before cutting a long message, so not even its start is shown', async () => {
    writeFileSync(summaryFile, '');
    const out = output();
    for (let i = 0; i < ANNOTATIONS_PER_LEVEL; i++) out.libraryWarning(lyingRegistryWarning(i));
    // The secret straddles the point where a listed message is cut.
    out.libraryWarning(`${'a'.repeat(490)} ${SECRET} and more`);
    await out.flush();
    const summary = readFileSync(summaryFile, 'utf8');
    const notShown = logLines().filter((line) => line.startsWith('Not shown as an annotation'));
    // Redacted ("***", escaped for Markdown), then cut.
    expect(summary).toContain('\\*\\*\\* and …');
    for (const text of [summary, notShown.join('\n')]) expect(text).not.toContain(SECRET.slice(0, 6));
  });
});

describe('hiddenMessagesSection', () => {
  it('fits its bytes whatever the escaping and the characters cost', () => {
    // Each "<" becomes "&lt;" (4 bytes) and each emoji is 4 bytes: a listed message is far more bytes than code points.
    const messages = Array.from({ length: 50 }, () => '😀<'.repeat(HIDDEN_MESSAGE_LENGTH));
    for (const maxBytes of [0, 150, 5_000, 20_000, 1_000_000]) {
      const section = hiddenMessagesSection(messages, maxBytes);
      expect(Buffer.byteLength(section, 'utf8')).toBeLessThanOrEqual(maxBytes);
      if (maxBytes >= 5_000) expect(section).toMatch(/… and \d+ more messages not shown as annotations\.\n$/);
    }
    expect(hiddenMessagesSection(messages, 0)).toBe('');
    expect(hiddenMessagesSection([], 1_000_000)).toBe('');
  });
});
