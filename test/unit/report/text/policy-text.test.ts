/**
 * Which policy judged, and the pull request's change to it, in the job summary, the PR comment and the
 * result file. The diff is PR-authored: nothing in it may close its code block, hide characters or
 * reach the Markdown around it.
 */
import { describe, expect, it } from 'vitest';
import type { GateResult, PolicyOrigin } from '../../../../src/core/model/result.js';
import { renderPrComment } from '../../../../src/report/pr-comment.js';
import { codeBlock, codeLine, policySection } from '../../../../src/report/text/policy-text.js';
import { buildResultDocument } from '../../../../src/report/result-file/result-json.js';
import { renderSummary } from '../../../../src/report/summary/summary.js';
import { asInputs, gateResult, judgedImages, scanOf } from '../../../helpers/gate-result.js';

const SHA = 'ba5e000000000000000000000000000000000005';
const CHANGED: PolicyOrigin = {
  source: 'base',
  path: '.github/image-gate.yml',
  ref: SHA,
  found: true,
  changedInPullRequest: { lines: ['@@ -1,2 +1,2 @@', ' vulnerabilities:', '-  fail-on-severity: high', '+  fail-on-severity: none'], moreLines: 0 },
};

const withPolicy = (policy: PolicyOrigin): GateResult => ({ ...gateResult(scanOf('ubuntu-1804')), policy });

/** The lines between a code block's opening fence and the first line that closes it (CommonMark 4.5). */
function blockContent(markdown: string): { fence: string; content: string[] } {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^ {0,3}```/.test(line));
  const fence = /^ {0,3}(`{3,})/.exec(lines[start] ?? '')?.[1] ?? '';
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^ {0,3}\`{${fence.length},}\\s*$`).test(line));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return { fence, content: lines.slice(start + 1, end) };
}

describe('policySection', () => {
  it("names the default branch when a comment on a pull request was judged by the default branch's policy", () => {
    const origin: PolicyOrigin = { ...CHANGED, branch: 'default branch' };
    const text = policySection([withPolicy(origin)], 50);
    expect(text).toContain('.github/image-gate.yml from the default branch at ba5e00000000');
    expect(text).toContain("Its version is not used: the default branch's policy judged.");
    expect(text).not.toContain('base branch');
  });

  it('says the base branch policy judged, at which commit', () => {
    const text = policySection([withPolicy({ source: 'base', path: '.github/image-gate.yml', ref: SHA, found: true })], 50);
    expect(text).toBe(
      '**Policy:** .github/image-gate.yml from the base branch at ba5e00000000 (a pull request cannot change the policy that judges it).',
    );
  });

  it('says the workspace policy judged, or the defaults, with the note', () => {
    expect(policySection([withPolicy({ source: 'workspace', path: 'ci/policy.yml', found: true })], 50)).toBe(
      '**Policy:** ci/policy.yml in the workspace.',
    );
    const none = policySection(
      [
        withPolicy({
          source: 'base',
          path: '.github/image-gate.yml',
          ref: SHA,
          found: false,
          note: 'The base branch (ba5e00000000) has no .github/image-gate.yml: the defaults and the inputs judged',
        }),
      ],
      50,
    );
    expect(none).toBe(
      '**Policy:** the defaults, with the inputs.\n\nThe base branch (ba5e00000000) has no .github/image-gate.yml: the defaults and the inputs judged.',
    );
  });

  it('shows the changed lines in a diff block, and says the change is not used', () => {
    const text = policySection([withPolicy(CHANGED)], 50);
    expect(text).toContain("⚠️ **This pull request changes .github/image-gate.yml.** Its version is not used: the base branch's policy judged.");
    expect(text).toContain('```diff\n@@ -1,2 +1,2 @@\n vulnerabilities:\n-  fail-on-severity: high\n+  fail-on-severity: none\n```');
  });

  it('keeps to the line budget and counts what it leaves out', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `+k${i}: v`);
    const text = policySection([withPolicy({ ...CHANGED, changedInPullRequest: { lines, moreLines: 30 } })], 10);
    expect(blockContent(text).content).toHaveLength(10);
    expect(text).toContain('…and 140 more lines.');
  });

  it('says why a change cannot be shown', () => {
    const text = policySection(
      [withPolicy({ ...CHANGED, changedInPullRequest: { lines: [], moreLines: 0, unavailable: 'it is a symbolic link' } })],
      50,
    );
    expect(text).toContain(
      "⚠️ **This pull request's .github/image-gate.yml is not shown:** it is a symbolic link. It is not used: the base branch's policy judged.",
    );
    expect(text).not.toContain('```');
  });

  it('is empty without a policy origin', () => {
    expect(policySection([gateResult(scanOf('ubuntu-1804'))], 50)).toBe('');
  });
});

describe('a hostile policy diff', () => {
  const hostile = [
    '@@ -1,1 +1,6 @@',
    '+x: "```"',
    '```',
    '+````````',
    '+</details><img src=x onerror=alert(1)> @acme/security-team :+1:',
    `+ignore: [{ id: "CVE-1", reason: "ok" }] # \u202e }]"lla" :di{ [ :erongi`,
    '+bell\u0007 and\rcarriage \u2028 separator \u200b zero-width',
  ];

  it('cannot close its code block: the fence is longer than any run of backticks inside', () => {
    const text = policySection([withPolicy({ ...CHANGED, changedInPullRequest: { lines: hostile, moreLines: 0 } })], 50);
    const { fence, content } = blockContent(text);
    expect(fence).toBe('`````````');
    expect(content).toHaveLength(hostile.length);
    expect(content[4]).toBe('+</details><img src=x onerror=alert(1)> @acme/security-team :+1:');
  });

  it('shows bidirectional and invisible characters, and ends no line early', () => {
    expect(codeLine(hostile[5] ?? '')).toContain('# <U+202E> }]');
    expect(codeLine(hostile[6] ?? '')).toBe('+bell\ufffd and\ufffdcarriage \ufffd separator <U+200B> zero-width');
    expect(codeBlock(['a\nb']).split('\n')).toEqual(['```', 'a\ufffdb', '```']);
    // A tab is whitespace a YAML line may carry: kept on purpose, where the log and the tables collapse it.
    expect(codeLine('+\tkey: value\u0085\ufeff')).toBe('+\tkey: value\ufffd<U+FEFF>');
  });

  it('is escaped the same way in the summary and the comment', () => {
    const result = withPolicy({ ...CHANGED, path: '.github/<b>policy</b>.yml', changedInPullRequest: { lines: hostile, moreLines: 0 } });
    for (const markdown of [renderSummary([result]), renderPrComment(asInputs(result), { marker: 'image-gate build/app' })]) {
      const { content } = blockContent(markdown);
      expect(content).toHaveLength(hostile.length);
      expect(markdown).toContain('This pull request changes .github/&lt;b&gt;policy&lt;/b&gt;.yml.');
      expect(markdown).not.toContain('\u202e');
      // Outside the code block, the raw HTML appears nowhere.
      expect(markdown.replace(content.join('\n'), '')).not.toContain('<img');
    }
  });
});

describe('the reports', () => {
  it('put the policy once, before the images, in the summary and the comment', () => {
    const results = [withPolicy(CHANGED), { ...withPolicy(CHANGED), subject: { ...withPolicy(CHANGED).subject, input: 'other' } }];
    for (const markdown of [renderSummary(results), renderPrComment(asInputs(...results), { marker: 'm' })]) {
      expect(markdown.split('**Policy:**')).toHaveLength(2);
      expect(markdown.indexOf('**Policy:**')).toBeLessThan(markdown.indexOf('ubuntu'));
      expect(markdown).toContain('-  fail-on-severity: high\n+  fail-on-severity: none');
    }
  });

  it('fewer diff lines in a comment that must shrink to fit', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `+k${i}: ${'v'.repeat(100)}`);
    const result = withPolicy({ ...CHANGED, changedInPullRequest: { lines, moreLines: 0 } });
    const roomy = renderPrComment(asInputs(result), { marker: 'm' });
    const tight = renderPrComment(asInputs(result), { marker: 'm', maxChars: 4000 });
    expect(blockContent(roomy).content).toHaveLength(50);
    expect(tight.length).toBeLessThanOrEqual(4000);
    expect(blockContent(tight).content.length).toBeLessThan(50);
  });

  it('carry the policy in the result file', () => {
    const [image] = judgedImages(buildResultDocument(asInputs(withPolicy(CHANGED))));
    expect(image?.policy).toEqual({
      source: 'base',
      path: '.github/image-gate.yml',
      ref: SHA,
      found: true,
      note: null,
      changedInPullRequest: { lines: CHANGED.changedInPullRequest?.lines, moreLines: 0, unavailable: null },
    });
    expect(judgedImages(buildResultDocument(asInputs(gateResult(scanOf('ubuntu-1804')))))[0]?.policy).toBeNull();
  });
});
