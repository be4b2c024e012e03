/**
 * The project's own CI (.github/workflows/ci.yml): it runs .ci/run, checks dist/, and runs the Action from the
 * checkout on the bundled example report; every third-party action is pinned to a commit, not a movable tag.
 */
import { existsSync, readFileSync } from 'node:fs';
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
  'runs-on': string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const root = join(import.meta.dirname, '..', '..');
const text = readFileSync(join(root, '.github', 'workflows', 'ci.yml'), 'utf8');
const workflow = parse(text) as Workflow;
const allSteps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (job: Job): string[] => job.steps.flatMap((step) => (step.run ? [step.run] : []));

/** A full commit SHA, then the tag it was taken from as a comment, e.g. `actions/checkout@<40 hex> # v5.0.0`. */
const PINNED = /^\s*-?\s*uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d[\w.-]*\s*$/;

describe('ci.yml', () => {
  it('runs on pull requests and pushes to main with a read-only token', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('has a job that runs .ci/run, and one that checks dist/ is the build of the sources', () => {
    const ciRun = workflow.jobs['ci-run'];
    const checkDist = workflow.jobs['check-dist'];
    expect(ciRun && runs(ciRun)).toContain('.ci/run');
    expect(existsSync(join(root, '.ci', 'run'))).toBe(true);
    expect(checkDist && runs(checkDist)).toContain('npm run build -- --check');
  });

  it('runs the Action from the checkout on the bundled example report, in audit mode, and checks the verdict', () => {
    const job = workflow.jobs['test-action'];
    expect(job).toBeDefined();
    const steps = job?.steps ?? [];
    const gate = steps.find((step) => step.uses === './');
    if (!gate) throw new Error('test-action has no step with uses: ./');
    expect(gate.id).toBeTruthy();
    const inputs = gate.with ?? {};
    expect(typeof inputs.report).toBe('string');
    expect(existsSync(join(root, String(inputs.report)))).toBe(true);
    expect(existsSync(join(root, String(inputs.policy)))).toBe(true);
    expect(inputs.mode).toBe('audit');
    // A misspelt input is ignored by the runner with only a warning; here it fails.
    for (const name of Object.keys(inputs)) expect(INPUT_NAMES).toContain(name);
    const check = steps.slice(steps.indexOf(gate) + 1).find((step) => step.env?.VERDICT);
    expect(check?.env?.VERDICT).toBe(`\${{ steps.${gate.id ?? ''}.outputs.verdict }}`);
    expect(check?.run).toContain('test "$VERDICT" = fail');
  });

  it('pins every third-party action to a full commit SHA with its tag as a comment', () => {
    const thirdParty = allSteps.flatMap((step) => (step.uses && !step.uses.startsWith('./') ? [step.uses] : []));
    // The premise: there are third-party actions to check, and each one's line is found below.
    expect(thirdParty.length).toBeGreaterThanOrEqual(2);
    const usesLines = text.split('\n').filter((line) => /^\s*-?\s*uses:/.test(line) && !/uses:\s*\.\//.test(line));
    expect(usesLines).toHaveLength(thirdParty.length);
    for (const line of usesLines) expect(line).toMatch(PINNED);
    expect('      - uses: actions/checkout@v5 # v5').not.toMatch(PINNED);
    expect('      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8').not.toMatch(PINNED);
  });
});
