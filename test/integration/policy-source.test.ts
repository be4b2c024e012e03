/**
 * Which policy judges a pull request, against the GitHub fake: the base branch's file and the files it
 * names (keys, trusted root), read once per run; the workspace's only on other events or with
 * policy-source head; every failure to read the base an error, never a fall back to the head.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type InputName } from '../../src/config/parse.js';
import { fileMistakes, GateError } from '../../src/core/model/errors.js';
import { recordingLogger } from '../../src/core/model/logger.js';
import { loadPolicy } from '../../src/app/check/gate-image.js';
import { createRunContext, type RunContext } from '../../src/app/context.js';
import { loadJudgingPolicy } from '../../src/app/policy/policy-source.js';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';
import { createRoot } from '../helpers/private-pki.js';
import { namedImage } from '../helpers/named-image.js';

const TOKEN = 'ghs_fakeTokenForPolicySource0123456789';
const BASE = 'ba5e000000000000000000000000000000000002';
const POLICY = '.github/image-gate.yml';
const STRICT = 'vulnerabilities:\n  fail-on-severity: high\nmode: enforce\n';
const RELAXED = 'vulnerabilities:\n  fail-on-severity: none\nmode: enforce\n';

const publicKey = (): string => generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

let github: GitHubApiFake;
beforeAll(async () => {
  github = await startGitHubApiFake({ owner: 'acme', repo: 'app', token: TOKEN });
});
afterAll(() => github.close());
beforeEach(() => {
  github.requests.length = 0;
});

interface Setup {
  workspace: string;
  environment: RunContext & { logger: ReturnType<typeof recordingLogger> };
  inputs: Partial<Record<InputName, string>>;
}

/** A workspace holding the pull request's files, and an environment of a run on `eventName`. */
function setup(
  files: Record<string, string>,
  options: { eventName?: string; event?: object; inputs?: Partial<Record<InputName, string>>; env?: NodeJS.ProcessEnv } = {},
): Setup {
  const workspace = mkdtempSync(join(tmpdir(), 'image-gate-policy-source-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const eventPath = join(workspace, '..', `${workspace.split('/').pop() ?? 'x'}-event.json`);
  writeFileSync(
    eventPath,
    JSON.stringify(
      options.event ?? { pull_request: { number: 7, base: { sha: BASE, repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app' } },
    ),
  );
  const env: NodeJS.ProcessEnv = {
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_REPOSITORY: 'acme/app',
    ...options.env,
  };
  const logger = recordingLogger();
  return {
    workspace,
    environment: {
      ...createRunContext({ config: { registry: { credentials: [], insecure: [] } }, env, logger, workspace, tempDir: join(workspace, '.tmp') }),
      logger,
    },
    inputs: { 'github-token': TOKEN, image: 'x', ...options.inputs },
  };
}

const configOf = (s: Setup) => parseConfig((name) => s.inputs[name] ?? '', { workspace: s.workspace, tempDir: join(s.workspace, '.tmp') });

async function failure(promise: Promise<unknown>): Promise<GateError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GateError)) throw new Error(`expected a GateError, got ${String(error)}`);
  return error;
}

describe('on a pull request (policy-source base, the default)', () => {
  it("judges by the base branch's policy, not the pull request's relaxed one, and shows the change", async () => {
    github.setFile(BASE, POLICY, STRICT);
    const s = setup({ [POLICY]: RELAXED });
    // The premise: the workspace alone would relax the gate.
    const fromWorkspace = await loadPolicy(configOf({ ...s, inputs: { ...s.inputs, 'policy-source': 'head' } }), s.environment);
    expect(fromWorkspace.vulnerabilities.failOnSeverity).toBe('NONE');

    const { file, origin } = await loadJudgingPolicy(configOf(s), { ...s.environment });
    expect(file?.document.vulnerabilities?.['fail-on-severity']).toBe('high');
    const policy = await loadPolicy(configOf(s), s.environment);
    expect(policy.vulnerabilities.failOnSeverity).toBe('HIGH');
    expect(origin).toMatchObject({ source: 'base', path: POLICY, ref: BASE, found: true });
    expect(origin.changedInPullRequest?.lines).toEqual([
      '@@ -1,3 +1,3 @@',
      ' vulnerabilities:',
      '-  fail-on-severity: high',
      '+  fail-on-severity: none',
      ' mode: enforce',
    ]);
    expect(s.environment.logger.lines.map((line) => line.message).join('\n')).toContain('the pull request changes .github/image-gate.yml');
  });

  it('reads the base policy once per run, however many images', async () => {
    github.setFile(BASE, POLICY, STRICT);
    const s = setup({ [POLICY]: STRICT });
    const config = configOf(s);
    const origins = await Promise.all(
      [1, 2, 3].map(async (n) => loadJudgingPolicy({ ...config, sources: [{ kind: 'registry', image: namedImage(`x:${n}`) }] }, s.environment)),
    );
    expect(github.requests.filter((request) => request.route === 'getContent')).toHaveLength(1);
    expect(origins[0]?.origin.changedInPullRequest).toBeUndefined();
  });

  it('takes the key files and the trusted root the base policy names from the base branch too', async () => {
    const baseKey = publicKey();
    const headKey = publicKey();
    const baseRoot = readFileSync(new URL('../fixtures/sigstore/trusted_root.public-good.json', import.meta.url), 'utf8');
    const policy =
      'signatures:\n  trusted-root: .github/trusted_root.json\n  keys:\n    - name: release\n      path: .github/cosign.pub\n' +
      'base-image:\n  signed:\n    keys:\n      - name: base\n        path: keys/base.pub\n';
    github.setFile(BASE, POLICY, policy);
    github.setFile(BASE, '.github/cosign.pub', baseKey);
    github.setFile(BASE, 'keys/base.pub', baseKey);
    github.setFile(BASE, '.github/trusted_root.json', baseRoot);
    // The pull request swaps every file the trusted policy points at.
    const s = setup({ [POLICY]: policy, '.github/cosign.pub': headKey, 'keys/base.pub': headKey, '.github/trusted_root.json': '{"forged": true}' });
    const judged = await loadPolicy(configOf(s), s.environment);
    expect(judged.signatures.keys.map((key) => key.pem)).toEqual([baseKey]);
    expect(judged.baseImage.signed.keys.map((key) => key.pem)).toEqual([baseKey]);
    const root = judged.signatures.trustedRootPath ?? '';
    expect(root.startsWith(join(s.workspace, '.tmp'))).toBe(true);
    expect(readFileSync(root, 'utf8')).toBe(baseRoot);
    // The premise: the checkout holds other keys and another root, which the policy's paths would find there.
    expect(readFileSync(join(s.workspace, '.github/cosign.pub'), 'utf8')).toBe(headKey);
    expect(headKey).not.toBe(baseKey);
    expect(
      github.requests
        .filter((request) => request.route === 'getContent')
        .map((request) => request.url.pathname)
        .sort(),
    ).toEqual([
      '/repos/acme/app/contents/.github/cosign.pub',
      '/repos/acme/app/contents/.github/image-gate.yml',
      '/repos/acme/app/contents/.github/trusted_root.json',
      '/repos/acme/app/contents/keys/base.pub',
    ]);
  });

  it('refuses a key file the base policy names outside the workspace, and one missing from the base branch', async () => {
    const s = setup({});
    github.setFile(BASE, POLICY, 'signatures:\n  keys:\n    - name: k\n      path: /etc/cosign.pub\n');
    expect((await failure(loadPolicy(configOf(s), s.environment))).message).toContain(
      '(base branch, ba5e00000000) line 3: signatures.keys[0].path: key file /etc/cosign.pub is outside the workspace',
    );
    const t = setup({ 'keys/k.pub': publicKey() });
    github.setFile(BASE, POLICY, 'signatures:\n  keys:\n    - name: k\n      path: keys/missing.pub\n');
    expect((await failure(loadPolicy(configOf(t), t.environment))).message).toContain(
      'key file keys/missing.pub does not exist in acme/app at ba5e00000000',
    );
  });

  it('applies the defaults, with a note, when the base branch has no policy file, and shows the one the pull request adds', async () => {
    github.addCommit('ba5e000000000000000000000000000000000003');
    const s = setup(
      { [POLICY]: RELAXED },
      { event: { pull_request: { base: { sha: 'ba5e000000000000000000000000000000000003', repo: { full_name: 'acme/app' } } } } },
    );
    const { file, origin } = await loadJudgingPolicy(configOf(s), s.environment);
    expect(file).toBeUndefined();
    expect(origin).toMatchObject({ source: 'base', found: false });
    expect(origin.note).toBe('The base branch (ba5e00000000) has no .github/image-gate.yml: the defaults and the inputs judged');
    expect(origin.changedInPullRequest?.lines).toEqual(['@@ -0,0 +1,3 @@', '+vulnerabilities:', '+  fail-on-severity: none', '+mode: enforce']);
    expect((await loadPolicy(configOf(s), s.environment)).vulnerabilities.failOnSeverity).toBe('HIGH');
  });

  it('fails closed when the base policy cannot be read, naming the permission, and never uses the head file', async () => {
    github.setFile(BASE, POLICY, STRICT);
    // Once: the fake's failure would otherwise outlive this test.
    github.fail('getContent', { status: 403, times: 1 });
    const s = setup({ [POLICY]: RELAXED });
    const error = await failure(loadPolicy(configOf(s), s.environment));
    expect(error.message).toContain('contents: read');
    expect(github.requests.filter((request) => request.route === 'getContent')).toHaveLength(1);
  });

  it('refuses a policy path outside the workspace', async () => {
    const s = setup({});
    const outside = join(s.workspace, '..', 'elsewhere.yml');
    const error = await failure(loadPolicy(configOf({ ...s, inputs: { ...s.inputs, policy: outside } }), s.environment));
    expect(error.message).toBe(
      `Input policy: ${outside} is outside the workspace, so it cannot be read from the base branch (policy-source base); give a path inside the repository, or policy-source head`,
    );
    expect(github.requests).toHaveLength(0);
  });
});

describe('a policy with mistakes: each is located in the repository, for an annotation on its line', () => {
  const BROKEN = 'mode: strict\nvulnerabilities:\n  fail-on-severity: severe\n';

  it("the base branch's: at its path in the repository (the lines are the base branch's)", async () => {
    github.setFile(BASE, POLICY, BROKEN);
    const s = setup({ [POLICY]: STRICT });
    const error = await failure(loadPolicy(configOf(s), s.environment));
    expect(fileMistakes(error)?.map(({ file, line }) => ({ file, line }))).toEqual([
      { file: POLICY, line: 1 },
      { file: POLICY, line: 3 },
    ]);
    expect(error.message.split('\n')[0]).toBe(`${POLICY} (base branch, ba5e00000000) line 1, column 7: mode: expected one of enforce, audit`);
  });

  it("the workspace's: relative to the workspace; one outside it has no file to annotate", async () => {
    const s = setup({ [POLICY]: BROKEN }, { eventName: 'push' });
    const inside = await failure(loadPolicy(configOf(s), s.environment));
    expect(fileMistakes(inside)?.map(({ file, line }) => ({ file, line }))).toEqual([
      { file: POLICY, line: 1 },
      { file: POLICY, line: 3 },
    ]);
    const outside = join(mkdtempSync(join(tmpdir(), 'image-gate-elsewhere-')), 'policy.yml');
    writeFileSync(outside, BROKEN);
    const error = await failure(loadPolicy(configOf({ ...s, inputs: { ...s.inputs, policy: outside } }), s.environment));
    expect(fileMistakes(error)?.map(({ file, line }) => ({ file, line }))).toEqual([
      { file: undefined, line: 1 },
      { file: undefined, line: 3 },
    ]);
  });
});

describe('the workspace policy', () => {
  it('judges with policy-source head, without asking GitHub', async () => {
    github.setFile(BASE, POLICY, STRICT);
    const s = setup({ [POLICY]: RELAXED }, { inputs: { 'policy-source': 'head' } });
    const { origin } = await loadJudgingPolicy(configOf(s), s.environment);
    expect(origin).toEqual({
      source: 'workspace',
      path: POLICY,
      found: true,
      note: "policy-source is head: the pull request's own policy file judged",
    });
    expect((await loadPolicy(configOf(s), s.environment)).vulnerabilities.failOnSeverity).toBe('NONE');
    expect(github.requests).toHaveLength(0);
  });

  it.each(['push', 'workflow_dispatch', 'schedule'])('judges on a %s event, even with policy-source base', async (eventName) => {
    const s = setup({ [POLICY]: RELAXED }, { eventName, inputs: { 'policy-source': 'base' } });
    const { origin } = await loadJudgingPolicy(configOf(s), s.environment);
    expect(origin).toEqual({ source: 'workspace', path: POLICY, found: true });
    expect(github.requests).toHaveLength(0);
  });

  it('judges a pull request whose event payload gives no base only with policy-source head; otherwise the run fails', async () => {
    const noBase = { pull_request: { number: 7, head: { sha: 'c0ffee' } } };
    const s = setup({ [POLICY]: RELAXED }, { event: noBase });
    expect((await failure(loadPolicy(configOf(s), s.environment))).message).toBe(
      'Input policy-source is base (the default on pull requests), but the pull_request event payload gives no pull_request.base.sha, ' +
        "so the base branch's policy cannot be read; set policy-source: head to judge by the workspace's policy file",
    );
    const t = setup({ [POLICY]: RELAXED }, { event: noBase, inputs: { 'policy-source': 'base' } });
    expect((await failure(loadPolicy(configOf(t), t.environment))).message).toMatch(
      /^Input policy-source is base, but the pull_request event payload gives no pull_request\.base\.sha/,
    );
    const h = setup({ [POLICY]: RELAXED }, { event: noBase, inputs: { 'policy-source': 'head' } });
    const { origin } = await loadJudgingPolicy(configOf(h), h.environment);
    expect(origin).toEqual({
      source: 'workspace',
      path: POLICY,
      found: true,
      note: "policy-source is head: the pull request's own policy file judged",
    });
    expect(github.requests).toHaveLength(0);
  });

  it.each([
    ['a merge queue without a base', 'merge_group', { merge_group: { head_sha: 'c'.repeat(40) }, repository: { full_name: 'acme/app' } }],
    ['a review without a base', 'pull_request_review', { review: { id: 1 }, pull_request: { number: 7 } }],
  ])('fails closed on %s too', async (_name, eventName, event) => {
    const s = setup({ [POLICY]: RELAXED }, { eventName, event });
    expect((await failure(loadPolicy(configOf(s), s.environment))).message).toContain("so the base branch's policy cannot be read");
  });
});

describe('the vex input on a pull request', () => {
  const BASE_VEX = '{"@context": "https://openvex.dev/ns/v0.2.0", "statements": []}';
  // What a pull request would write to suppress its own findings.
  const FORGED_VEX = '{"@context": "https://openvex.dev/ns/v0.2.0", "statements": [{"status": "not_affected"}]}';

  it('reads the VEX documents from the base branch: a pull request cannot write the statements that excuse it', async () => {
    github.setFile(BASE, POLICY, STRICT);
    github.setFile(BASE, '.vex/app.openvex.json', BASE_VEX);
    const s = setup({ [POLICY]: STRICT, '.vex/app.openvex.json': FORGED_VEX }, { inputs: { vex: '.vex/app.openvex.json' } });
    // The premise: judged by the head's policy, the documents are read where the input names them, the checkout.
    const own = await loadJudgingPolicy(configOf({ ...s, inputs: { ...s.inputs, 'policy-source': 'head' } }), s.environment);
    expect(own.vex).toBeUndefined();
    expect(configOf(s).vex).toEqual([{ path: join(s.workspace, '.vex/app.openvex.json'), display: '.vex/app.openvex.json' }]);

    const judged = await loadJudgingPolicy(configOf(s), s.environment);
    const [copy] = judged.vex ?? [];
    expect(copy?.display).toBe('.vex/app.openvex.json');
    expect(copy?.path.startsWith(join(s.workspace, '.tmp'))).toBe(true);
    expect(readFileSync(copy?.path ?? '', 'utf8')).toBe(BASE_VEX);
    expect(s.environment.logger.lines.map((line) => line.message)).toContain(
      'Policy: the VEX documents the vex input names read from the base branch too',
    );
  });

  it('refuses a VEX document the base branch does not have, in one line naming the input', async () => {
    github.setFile(BASE, POLICY, STRICT);
    const s = setup({ [POLICY]: STRICT, 'new.openvex.json': FORGED_VEX }, { inputs: { vex: 'new.openvex.json' } });
    const missing = await failure(loadJudgingPolicy(configOf(s), s.environment));
    expect(missing.message).toBe('Input vex: VEX document new.openvex.json does not exist in acme/app at ba5e00000000 (the base branch)');
    expect(missing.kind).toBe('config');
  });
});

describe('the key and trusted-root inputs on a pull request', () => {
  const ROOT_FIXTURE = new URL('../fixtures/sigstore/trusted_root.public-good.json', import.meta.url);

  it("take the files they name from the base branch: a pull request that replaces the workflow's key cannot sign its own image", async () => {
    const baseKey = publicKey();
    const headKey = publicKey();
    github.setFile(BASE, POLICY, STRICT);
    github.setFile(BASE, '.github/cosign.pub', baseKey);
    // The pull request replaces the key file the workflow names with one whose private half it holds.
    const s = setup({ [POLICY]: STRICT, '.github/cosign.pub': headKey }, { inputs: { key: '.github/cosign.pub' } });
    // The premise: read from the checkout, the pull request's key would be trusted.
    const own = await loadPolicy(configOf({ ...s, inputs: { ...s.inputs, 'policy-source': 'head' } }), s.environment);
    expect(own.signatures.keys.map((key) => key.pem)).toEqual([headKey]);

    const judged = await loadPolicy(configOf(s), s.environment);
    expect(judged.signatures.keys).toEqual([{ name: 'key input', pem: baseKey, requireTlog: true }]);
    expect(headKey).not.toBe(baseKey);
    expect(
      github.requests.some((request) => request.route === 'getContent' && request.url.pathname === '/repos/acme/app/contents/.github/cosign.pub'),
    ).toBe(true);
    expect(s.environment.logger.lines.map((line) => line.message)).toContain(
      'Policy: the files the key and trusted-root inputs name read from the base branch too',
    );
  });

  it('take the trusted root from the base branch, written to a file of this run, even when the base has no policy', async () => {
    const baseRoot = readFileSync(ROOT_FIXTURE, 'utf8');
    const base = 'ba5e000000000000000000000000000000000005';
    github.setFile(base, '.github/trusted_root.json', baseRoot);
    const event = { pull_request: { number: 7, base: { sha: base, repo: { full_name: 'acme/app' } } } };
    const s = setup({ '.github/trusted_root.json': '{"forged": true}' }, { event, inputs: { 'trusted-root': '.github/trusted_root.json' } });
    const own = await loadPolicy(configOf({ ...s, inputs: { ...s.inputs, 'policy-source': 'head' } }), s.environment);
    expect(own.signatures.trustedRootPath).toBe(join(s.workspace, '.github/trusted_root.json'));

    const judged = await loadPolicy(configOf(s), s.environment);
    const root = judged.signatures.trustedRootPath ?? '';
    expect(root.startsWith(join(s.workspace, '.tmp'))).toBe(true);
    expect(root.endsWith('/.github/trusted_root.json')).toBe(true);
    expect(readFileSync(root, 'utf8')).toBe(baseRoot);
  });

  it('keep a key given inline as it is, asking GitHub for no key file', async () => {
    // As the runner passes an input: trimmed.
    const pem = publicKey().trim();
    github.setFile(BASE, POLICY, STRICT);
    const s = setup({ [POLICY]: STRICT }, { inputs: { key: pem } });
    expect((await loadPolicy(configOf(s), s.environment)).signatures.keys.map((key) => key.pem)).toEqual([pem]);
    expect(github.requests.filter((request) => request.route === 'getContent').map((request) => request.url.pathname)).toEqual([
      '/repos/acme/app/contents/.github/image-gate.yml',
    ]);
  });

  it('refuse a file outside the workspace, and one missing from the base branch, in one line naming the input', async () => {
    github.setFile(BASE, POLICY, STRICT);
    const s = setup({}, { inputs: { key: '/etc/cosign.pub' } });
    expect((await failure(loadPolicy(configOf(s), s.environment))).message).toBe(
      'Input key: public key file /etc/cosign.pub is outside the workspace, so it cannot be read from the base branch (policy-source base); ' +
        'give a path inside the repository, the PEM text itself, or policy-source head',
    );
    const outside = join(s.workspace, '..', 'root.json');
    const t = setup({}, { inputs: { 'trusted-root': outside } });
    expect((await failure(loadPolicy(configOf(t), t.environment))).message).toBe(
      `Input trusted-root: ${outside} is outside the workspace, so it cannot be read from the base branch (policy-source base); give a path inside the repository, or policy-source head`,
    );
    // The checkout has the file; the base branch does not.
    const u = setup({ 'keys/new.pub': publicKey() }, { inputs: { key: 'keys/new.pub' } });
    const missing = await failure(loadPolicy(configOf(u), u.environment));
    expect(missing.message).toBe('Input key: public key file keys/new.pub does not exist in acme/app at ba5e00000000 (the base branch)');
    expect(missing.kind).toBe('config');
    const v = setup({ '.github/root.json': '{}' }, { inputs: { 'trusted-root': '.github/root.json' } });
    expect((await failure(loadPolicy(configOf(v), v.environment))).message).toBe(
      'Input trusted-root: trusted root .github/root.json does not exist in acme/app at ba5e00000000 (the base branch)',
    );
  });

  it('read the key file from the workspace elsewhere, with the bounded reader', async () => {
    const key = publicKey();
    const s = setup({ [POLICY]: STRICT, 'keys/k.pub': key }, { eventName: 'push', inputs: { key: 'keys/k.pub' } });
    expect((await loadPolicy(configOf(s), s.environment)).signatures.keys.map((entry) => entry.pem)).toEqual([key]);
    expect(github.requests).toHaveLength(0);
    // A FIFO in place of the key: refused at once, not waited on.
    execFileSync('mkfifo', [join(s.workspace, 'keys/fifo.pub')]);
    const t = { ...s, inputs: { ...s.inputs, key: 'keys/fifo.pub' } };
    expect((await failure(loadPolicy(configOf(t), t.environment))).message).toBe(
      `Input key: public key file ${join(s.workspace, 'keys/fifo.pub')} is a named pipe (FIFO), not a regular file`,
    );
  });
});

describe('other events of a pull request', () => {
  it('judges a pull_request_review run (it checks out the merge) by the base branch', async () => {
    github.setFile(BASE, POLICY, STRICT);
    const s = setup(
      { [POLICY]: RELAXED },
      {
        eventName: 'pull_request_review',
        event: { review: { id: 1 }, pull_request: { number: 7, base: { sha: BASE, repo: { full_name: 'acme/app' } } } },
      },
    );
    expect((await loadPolicy(configOf(s), s.environment)).vulnerabilities.failOnSeverity).toBe('HIGH');
    const { origin } = await loadJudgingPolicy(configOf(s), s.environment);
    expect(origin).toMatchObject({ source: 'base', ref: BASE, found: true });
  });

  it("judges an issue_comment on a pull request by the default branch's policy at GITHUB_SHA, with a note", async () => {
    const runSha = 'defa000000000000000000000000000000000001';
    github.setFile(runSha, POLICY, STRICT);
    // A workflow acting on a comment that checked out the pull request's head.
    const s = setup(
      { [POLICY]: RELAXED },
      {
        eventName: 'issue_comment',
        event: { issue: { number: 7, pull_request: {} }, comment: { body: '/gate' }, repository: { full_name: 'acme/app' } },
        env: { GITHUB_SHA: runSha },
      },
    );
    expect((await loadPolicy(configOf(s), s.environment)).vulnerabilities.failOnSeverity).toBe('HIGH');
    const { origin, source } = await loadJudgingPolicy(configOf(s), s.environment);
    expect(source).toBe(`${POLICY} (default branch, defa00000000)`);
    expect(origin).toMatchObject({ source: 'base', ref: runSha, found: true });
    expect(origin.note).toBe(
      "The issue_comment event names no base branch: the default branch's policy at defa00000000 (the commit this workflow runs from) judged",
    );
    expect(origin.changedInPullRequest?.lines).toContain('+  fail-on-severity: none');
  });
});

describe('private certificate authorities on a pull request', () => {
  const ROOT_DER_PEM = async (name: string): Promise<string> => (await createRoot('p256', { name })).pem;

  it("take the CA files the base policy names from the base branch, not the pull request's", async () => {
    const [baseRoot, baseIntermediates, headRoot] = await Promise.all([
      ROOT_DER_PEM('Base Root'),
      ROOT_DER_PEM('Base Intermediate'),
      ROOT_DER_PEM('Head Root'),
    ]);
    // The pull request swaps the roots for its own CA's.
    const s = setup({ [POLICY]: '', 'pki/roots.pem': headRoot, 'pki/intermediates.pem': headRoot });
    // Paths in a policy are relative to the working directory; absolute ones inside the workspace map to the repository.
    const policy =
      'signatures:\n  identities:\n    - identity: release@acme.test\n      issuer-regexp: .*\n' +
      `  certificate-authorities:\n    - name: acme\n      roots: ${join(s.workspace, 'pki/roots.pem')}\n      intermediates: ${join(s.workspace, 'pki/intermediates.pem')}\n      require-sct: false\n`;
    writeFileSync(join(s.workspace, POLICY), policy);
    github.setFile(BASE, POLICY, policy);
    github.setFile(BASE, 'pki/roots.pem', baseRoot);
    github.setFile(BASE, 'pki/intermediates.pem', baseIntermediates);
    // The premise: read from the checkout, the pull request's CA would be trusted.
    const own = await loadPolicy(configOf({ ...s, inputs: { ...s.inputs, 'policy-source': 'head' } }), s.environment);
    expect(own.signatures.certificateAuthorities?.map((ca) => ca.rootsPem)).toEqual([headRoot]);

    const judged = await loadPolicy(configOf(s), s.environment);
    expect(judged.signatures.certificateAuthorities).toEqual([
      { name: 'acme', rootsPem: baseRoot, intermediatesPem: baseIntermediates, requireSct: false, requireTlog: true },
    ]);
    expect(
      github.requests
        .filter((request) => request.route === 'getContent')
        .map((request) => request.url.pathname)
        .sort(),
    ).toEqual([
      '/repos/acme/app/contents/.github/image-gate.yml',
      '/repos/acme/app/contents/pki/intermediates.pem',
      '/repos/acme/app/contents/pki/roots.pem',
    ]);
  });

  it("take the ca-roots / certificate-chain inputs' files from the base branch, and name the input when one is missing", async () => {
    const [baseRoot, headRoot] = await Promise.all([ROOT_DER_PEM('Base Root'), ROOT_DER_PEM('Head Root')]);
    github.setFile(BASE, POLICY, STRICT);
    github.setFile(BASE, 'pki/roots.pem', baseRoot);
    const signer = { 'certificate-identity': 'release@acme.test', 'certificate-oidc-issuer-regexp': '.*' };
    const s = setup(
      { [POLICY]: STRICT, 'pki/roots.pem': headRoot },
      { inputs: { ...signer, 'ca-roots': 'pki/roots.pem', 'insecure-ignore-sct': 'true' } },
    );
    const judged = await loadPolicy(configOf(s), s.environment);
    expect(judged.signatures.certificateAuthorities).toEqual([{ name: 'ca-roots input', rootsPem: baseRoot, requireSct: false, requireTlog: true }]);
    expect(judged.signatures.ignoreSct).toBe(true);
    expect(s.environment.logger.lines.map((line) => line.message)).toContain(
      'Policy: the files the key, trusted-root and certificate authority inputs name read from the base branch too',
    );
    const t = setup({ 'pki/chain.pem': headRoot }, { inputs: { ...signer, 'certificate-chain': 'pki/chain.pem' } });
    const missing = await failure(loadPolicy(configOf(t), t.environment));
    expect(missing.message).toBe(
      'Input certificate-chain: certificates file pki/chain.pem does not exist in acme/app at ba5e00000000 (the base branch)',
    );
  });

  it('read them from the workspace elsewhere, and refuse a file that holds no certificate, naming its line', async () => {
    const root = await ROOT_DER_PEM('Workspace Root');
    const s = setup({ [POLICY]: '', 'pki/roots.pem': root, 'pki/token.pem': `${TOKEN}\n` }, { eventName: 'push' });
    const policy = (path: string) =>
      `signatures:\n  identities:\n    - identity: release@acme.test\n      issuer-regexp: .*\n  certificate-authorities:\n    - name: acme\n      roots: ${join(s.workspace, path)}\n`;
    writeFileSync(join(s.workspace, POLICY), policy('pki/roots.pem'));
    expect((await loadPolicy(configOf(s), s.environment)).signatures.certificateAuthorities?.map((ca) => ca.rootsPem)).toEqual([root]);
    writeFileSync(join(s.workspace, POLICY), policy('pki/token.pem'));
    const error = await failure(loadPolicy(configOf(s), { ...s.environment }));
    expect(error.message).toBe(
      `${join(s.workspace, POLICY)} line 6: signatures.certificate-authorities[0].roots: ${join(s.workspace, 'pki/token.pem')} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`,
    );
    expect(error.message).not.toContain(TOKEN);
    expect(github.requests).toHaveLength(0);
  });
});
