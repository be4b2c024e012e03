/**
 * The README's YAML is what users copy: every block parses, and its workflow works on a repository whose name
 * has capitals (ghcr.io refuses upper case) and on a fork's pull request (no push, no signing: its token is
 * read-only and it gets no id-token).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/config/parse.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const yamlBlocks = [...README.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
/** The blocks that are workflows; one that does not parse is left to the test that says so. */
const workflows = yamlBlocks.map(parsedOrNothing).filter((doc): doc is Workflow => typeof doc === 'object' && doc !== null && 'jobs' in doc);

function parsedOrNothing(block: string): unknown {
  try {
    return parse(block) as unknown;
  } catch {
    return undefined;
  }
}

/** Runs a step's script as the runner's bash does, with GITHUB_OUTPUT and `env`; returns what it wrote there. */
function runStep(script: string, env: Record<string, string>): string {
  const output = join(mkdtempSync(join(tmpdir(), 'image-gate-readme-')), 'output');
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(output, 'utf8');
}

/** The README's one workflow. */
function theWorkflow(): Workflow {
  const [workflow] = workflows;
  if (workflow === undefined) throw new Error('the README shows no workflow');
  return workflow;
}

const steps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);
const gateSteps = (job: Job): Step[] => job.steps.filter((step) => step.uses?.startsWith('image-gate/image-gate@') === true);
const pushes = (job: Job): boolean => job.steps.some((step) => step.with?.push === true || /\bcosign sign\b/.test(step.run ?? ''));

describe("the README's YAML", () => {
  it('every block parses', () => {
    expect(yamlBlocks.length).toBeGreaterThan(3);
    for (const block of yamlBlocks) expect(() => parse(block) as unknown, block.slice(0, 80)).not.toThrow();
  });

  it('the workflow runs on push and pull_request, and gives image-gate only inputs it has', () => {
    expect(workflows).toHaveLength(1);
    const [workflow] = workflows;
    expect(Object.keys(workflow?.on ?? {})).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const given = Object.values(workflow?.jobs ?? {})
      .flatMap(gateSteps)
      .flatMap((step) => Object.keys(step.with ?? {}));
    expect(given.length).toBeGreaterThan(0);
    for (const input of given) expect(INPUT_NAMES, input).toContain(input);
  });
});

describe("the README's workflow on a repository with capitals", () => {
  const workflow = theWorkflow();

  it('never puts github.repository into an image name as it is', () => {
    for (const step of steps(workflow)) {
      for (const value of [...Object.values(step.with ?? {}), ...Object.values(step.env ?? {}), step.run ?? '']) {
        if (typeof value !== 'string') continue;
        // An image name starts with a registry or a repository, never a URL; the signer's identity is a URL and keeps its case.
        expect(value, `step ${step.id ?? step.uses ?? ''}`).not.toMatch(
          /(?<!https:\/\/)(?:ghcr\.io\/|^)\$\{\{\s*github\.(repository|repository_owner)\s*\}\}/,
        );
      }
    }
  });

  it('names the image in lower case: the step that does it, run as the runner runs it', () => {
    const name = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.id === 'name');
    expect(name?.run).toBeDefined();
    expect(runStep(name?.run ?? '', { GITHUB_REPOSITORY: 'Acme-Corp/My.App' })).toBe('image=ghcr.io/acme-corp/my.app\n');
    // What the build pushes and the gate judges is that name.
    const release = Object.values(workflow.jobs).find(pushes);
    expect(release?.steps.find((step) => step.with?.push === true)?.with?.tags).toMatch(/^\$\{\{ steps\.name\.outputs\.image \}\}:/);
    expect(release && gateSteps(release)[0]?.with?.image).toMatch(/^\$\{\{ steps\.name\.outputs\.image \}\}@/);
  });
});

describe("the README's workflow on a fork's pull request", () => {
  const workflow = theWorkflow();
  const jobs = Object.values(workflow.jobs);
  const onPullRequest = jobs.filter((job) => job.if === undefined || job.if.includes('pull_request'));

  it('pushes and signs only in a job that runs on push alone', () => {
    // The premise: the workflow does push and sign, in some job.
    expect(jobs.some(pushes)).toBe(true);
    for (const job of jobs.filter(pushes)) expect(job.if).toBe("github.event_name == 'push'");
    expect(onPullRequest.length).toBeGreaterThan(0);
    for (const job of onPullRequest) {
      expect(pushes(job)).toBe(false);
      expect(job.steps.some((step) => step.uses?.startsWith('docker/login-action') === true || step.uses?.startsWith('sigstore/') === true)).toBe(
        false,
      );
      expect(job.permissions?.['id-token']).toBeUndefined();
      expect(job.permissions?.packages).toBeUndefined();
    }
  });

  it("builds into the runner's Docker and gates the image there", () => {
    for (const job of onPullRequest) {
      const build = job.steps.find((step) => step.uses?.startsWith('docker/build-push-action') === true);
      expect(build?.with?.load).toBe(true);
      const [gate] = gateSteps(job);
      expect(gate?.with?.['image-source']).toBe('docker');
      expect(gate?.with?.image).toBe(build?.with?.tags);
      // Nothing signed it: requiring a signature would fail every pull request.
      expect(gate?.with?.signatures).toBe('off');
    }
  });
});
