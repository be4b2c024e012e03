/**
 * Source selection (which events judge by the base branch, from which payload fields) and the mapping of
 * a policy path to a path in the repository.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../src/config/parse.js';
import { pullRequestBase, repositoryPath } from '../../../../src/app/policy/policy-source.js';
import { githubContext } from '../../../../src/app/context.js';

const SHA = 'ba5e000000000000000000000000000000000004';

function eventEnv(eventName: string, payload: unknown): NodeJS.ProcessEnv {
  const path = join(mkdtempSync(join(tmpdir(), 'image-gate-event-')), 'event.json');
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: path };
}

describe('pullRequestBase', () => {
  const payload = { pull_request: { number: 3, base: { sha: SHA, repo: { full_name: 'acme/app' } } }, repository: { full_name: 'fork/app' } };

  // pull_request_review and pull_request_review_comment runs check out refs/pull/N/merge, the pull request's
  // own files, and their payload carries the same pull_request object with its base.
  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    'finds the base commit and repository of a %s event',
    (eventName) => {
      expect(pullRequestBase(githubContext(eventEnv(eventName, payload)))).toEqual({
        kind: 'pull-request',
        repo: { owner: 'acme', repo: 'app' },
        sha: SHA,
        branch: 'base branch',
      });
    },
  );

  it('takes an issue_comment on a pull request to the default branch commit the workflow runs from (GITHUB_SHA)', () => {
    const comment = {
      issue: { number: 3, pull_request: { url: 'https://api.github.com/repos/acme/app/pulls/3' } },
      repository: { full_name: 'acme/app' },
    };
    const runSha = 'defa'.padEnd(40, '0');
    expect(pullRequestBase(githubContext({ ...eventEnv('issue_comment', comment), GITHUB_SHA: runSha }))).toEqual({
      kind: 'pull-request',
      repo: { owner: 'acme', repo: 'app' },
      sha: runSha,
      branch: 'default branch',
    });
    expect(pullRequestBase(githubContext(eventEnv('issue_comment', comment)))).toEqual({
      kind: 'incomplete',
      problem: 'the issue_comment event on a pull request has no GITHUB_SHA (the default branch commit it runs from)',
    });
    // A comment on a plain issue: no pull request's files are involved.
    expect(
      pullRequestBase(
        githubContext({ ...eventEnv('issue_comment', { issue: { number: 4 }, repository: { full_name: 'acme/app' } }), GITHUB_SHA: runSha }),
      ),
    ).toEqual({ kind: 'none' });
  });

  it('takes the repository from the payload when the base names none', () => {
    const env = eventEnv('pull_request', { pull_request: { base: { sha: SHA } }, repository: { full_name: 'acme/other' } });
    expect(pullRequestBase(githubContext(env))).toMatchObject({ repo: { owner: 'acme', repo: 'other' } });
  });

  it("finds the base of a merge queue's merge (merge_group)", () => {
    const env = eventEnv('merge_group', { merge_group: { base_sha: SHA, head_sha: 'c'.repeat(40) }, repository: { full_name: 'acme/app' } });
    expect(pullRequestBase(githubContext(env))).toEqual({
      kind: 'pull-request',
      repo: { owner: 'acme', repo: 'app' },
      sha: SHA,
      branch: 'base branch',
    });
    expect(pullRequestBase(githubContext(eventEnv('merge_group', { repository: { full_name: 'acme/app' } })))).toEqual({
      kind: 'incomplete',
      problem: 'the merge_group event payload gives no merge_group.base_sha',
    });
  });

  it.each(['push', 'workflow_dispatch', 'schedule', 'release', ''])('is no pull request on "%s"', (eventName) => {
    expect(pullRequestBase(githubContext(eventEnv(eventName, payload)))).toEqual({ kind: 'none' });
  });

  it.each([
    ['no base sha', { pull_request: { number: 3 } }, 'gives no pull_request.base.sha'],
    ['a short sha', { pull_request: { base: { sha: 'ba5e', repo: { full_name: 'acme/app' } } } }, 'gives no pull_request.base.sha'],
    ['a sha that is not hex', { pull_request: { base: { sha: 'g'.repeat(40), repo: { full_name: 'acme/app' } } } }, 'gives no pull_request.base.sha'],
    ['no repository', { pull_request: { base: { sha: SHA } } }, 'gives no repository'],
    ['a repository with a path in it', { pull_request: { base: { sha: SHA, repo: { full_name: 'acme/app/../x' } } } }, 'gives no repository'],
    ['a payload that is not JSON', '{', 'could not be read as JSON'],
  ])('is incomplete with %s', (_name, body, problem) => {
    const result = pullRequestBase(githubContext(eventEnv('pull_request', body)));
    expect(result.kind).toBe('incomplete');
    expect(result.kind === 'incomplete' && result.problem).toContain(problem);
  });

  it('is incomplete without GITHUB_EVENT_PATH', () => {
    expect(pullRequestBase(githubContext({ GITHUB_EVENT_NAME: 'pull_request' }))).toEqual({
      kind: 'incomplete',
      problem: 'the pull_request event has no payload (GITHUB_EVENT_PATH is not set)',
    });
  });
});

describe('repositoryPath', () => {
  it.each([
    ['/ws/.github/image-gate.yml', '.github/image-gate.yml'],
    ['.github/image-gate.yml', '.github/image-gate.yml'],
    ['keys/../keys/cosign.pub', 'keys/cosign.pub'],
    ['/ws/a b/c.yml', 'a b/c.yml'],
  ])('maps %s to %s', (path, expected) => {
    expect(repositoryPath(path, '/ws')).toBe(expected);
  });

  it.each(['/etc/cosign.pub', '../outside.yml', '/ws', '/ws/..', '/wsx/a.yml', '/ws/../ws2/a.yml'])('refuses %s, outside the workspace', (path) => {
    expect(repositoryPath(path, '/ws')).toBeUndefined();
  });
});

describe('the policy-source input', () => {
  const parse = (value: string) =>
    parseConfig((name) => (name === 'policy-source' ? value : name === 'image' ? 'x' : ''), {
      workspace: '/ws',
      tempDir: '/tmp/g',
    });

  it('takes base or head, and is left to the event when not given', () => {
    expect(parse('base').policy.source).toBe('base');
    expect(parse('head').policy.source).toBe('head');
    expect(parse('').policy.source).toBeUndefined();
  });

  it('refuses anything else, naming the input', () => {
    expect(() => parse('workspace')).toThrow('Input policy-source: expected one of base, head, not "workspace"');
  });
});
