import { describe, expect, it } from 'vitest';
import { AnnotationBudget, type BudgetedAnnotation } from '../../../../src/report/annotations/annotation-budget.js';
import { ANNOTATIONS_PER_LEVEL, imageAnnotations, type Annotation, type ImageAnnotations } from '../../../../src/report/annotations/annotations.js';
import { gateResult, scanOf, syntheticScan } from '../../../helpers/gate-result.js';

const of = (annotations: BudgetedAnnotation[], level: Annotation['level']): BudgetedAnnotation[] => annotations.filter((a) => a.level === level);

/** An image with `errors` and `warnings` findings, listed as imageAnnotations would (at most 10 each). */
function image(name: string, errors: number, warnings = 0): ImageAnnotations {
  const list = (level: Annotation['level'], count: number): Annotation[] =>
    Array.from({ length: Math.min(count, ANNOTATIONS_PER_LEVEL) }, (_, i) => ({
      level,
      title: `${name} ${level} ${i + 1}`,
      message: `${name}: ${level} ${i + 1}`,
    }));
  return {
    annotations: [...list('error', errors), ...list('warning', warnings)],
    more: { error: Math.max(0, errors - ANNOTATIONS_PER_LEVEL), warning: Math.max(0, warnings - ANNOTATIONS_PER_LEVEL), notice: 0 },
  };
}

const permission = (what: string): Annotation => ({ level: 'warning', title: '', message: `Could not ${what}: GitHub denied it (HTTP 403)` });
const failure: Annotation = { level: 'error', title: '', message: 'Image gate failed for 20 images' };

describe('AnnotationBudget', () => {
  it('20 failing images: the failure first, one finding from each image in turn, the 10th counts the rest', () => {
    const budget = new AnnotationBudget();
    for (let i = 1; i <= 20; i++) budget.addImage(image(`img${i}`, 1));
    budget.add(failure, 'actionable', { failsStep: true });
    const { shown } = budget.plan();
    const errors = of(shown, 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(errors[0]).toMatchObject({ message: failure.message, failsStep: true });
    expect(errors.slice(1, 9).map((a) => a.title)).toEqual(Array.from({ length: 8 }, (_, i) => `img${i + 1} error 1`));
    expect(errors[9]).toMatchObject({ title: 'image-gate: 12 more errors', message: '… and 12 more errors: see the job summary.' });
  });

  it('a read-only token on a fork: the permission warnings are kept, the findings make room', () => {
    const budget = new AnnotationBudget();
    for (let i = 1; i <= 20; i++) budget.addImage(image(`img${i}`, 0, 4));
    budget.add(permission('update the pull request comment'), 'actionable');
    budget.add(permission('publish the check runs'), 'actionable');
    budget.add(permission('upload SARIF'), 'actionable');
    const warnings = of(budget.plan().shown, 'warning');
    expect(warnings).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(warnings.slice(0, 3).map((a) => a.message)).toEqual([
      permission('update the pull request comment').message,
      permission('publish the check runs').message,
      permission('upload SARIF').message,
    ]);
    // 80 findings, 6 shown (one from each of the first six images), 74 counted.
    expect(warnings.slice(3, 9).map((a) => a.title)).toEqual(Array.from({ length: 6 }, (_, i) => `img${i + 1} warning 1`));
    expect(warnings[9]?.message).toBe('… and 74 more warnings: see the job summary.');
  });

  it('emits the failure first, then the step messages as added (actionable first), then findings', () => {
    const budget = new AnnotationBudget();
    budget.addImage(image('img', 2, 1));
    budget.add({ level: 'warning', title: '', message: 'cache not restored' }, 'step');
    budget.add(permission('publish the check runs'), 'actionable');
    budget.add(failure, 'actionable', { failsStep: true });
    const { shown, hiddenMessages } = budget.plan();
    expect(shown.map((a) => a.message)).toEqual([
      failure.message,
      permission('publish the check runs').message,
      'cache not restored',
      'img: error 1',
      'img: error 2',
      'img: warning 1',
    ]);
    expect(hiddenMessages).toEqual([]);
  });

  it('exactly 10 of a level fit without a count; 11 make nine and a count of two', () => {
    const fits = new AnnotationBudget();
    fits.addImage(image('a', 9));
    fits.add(failure, 'actionable', { failsStep: true });
    expect(of(fits.plan().shown, 'error')).toHaveLength(10);
    expect(of(fits.plan().shown, 'error').some((a) => a.title.includes('more'))).toBe(false);

    const over = new AnnotationBudget();
    over.addImage(image('a', 10));
    over.add(failure, 'actionable', { failsStep: true });
    const errors = of(over.plan().shown, 'error');
    expect(errors).toHaveLength(10);
    expect(errors[9]?.title).toBe('image-gate: 2 more errors');
  });

  it('counts what an image has beyond the annotations it lists', () => {
    const budget = new AnnotationBudget();
    budget.addImage(image('big', 250));
    expect(of(budget.plan().shown, 'error').at(-1)?.message).toBe('… and 241 more errors: see the job summary.');
  });

  it('more actionable messages than fit: the failure stays first, the rest is counted and handed back for the summary', () => {
    const budget = new AnnotationBudget();
    for (let i = 1; i <= 12; i++) budget.add(permission(`publish thing ${i}`), 'actionable');
    budget.add({ level: 'error', title: '', message: 'an error before the failure' }, 'actionable');
    budget.add(failure, 'actionable', { failsStep: true });
    const { shown, hiddenMessages } = budget.plan();
    expect(of(shown, 'error')[0]?.failsStep).toBe(true);
    expect(of(shown, 'warning')).toHaveLength(10);
    expect(of(shown, 'warning').at(-1)?.message).toBe('… and 3 more warnings: see the job summary.');
    expect(hiddenMessages.map((a) => a.message)).toEqual([10, 11, 12].map((i) => permission(`publish thing ${i}`).message));
  });

  it('with real reports: 100 findings per image for 3 images stay within 10 per level', () => {
    const budget = new AnnotationBudget();
    const policy = { vulnerabilities: { failOnSeverity: 'LOW' as const, maxCount: {}, onlyFixed: false, scope: 'all' as const } };
    for (let i = 0; i < 3; i++) budget.addImage(imageAnnotations(gateResult(syntheticScan(100), { policy })));
    budget.addImage(imageAnnotations(gateResult(scanOf('ubuntu-1804'))));
    budget.add(failure, 'actionable', { failsStep: true });
    const { shown } = budget.plan();
    for (const level of ['error', 'warning', 'notice'] as const) expect(of(shown, level).length).toBeLessThanOrEqual(ANNOTATIONS_PER_LEVEL);
    // 3 × 80 violations + the failure: 8 findings shown, 232 counted.
    expect(of(shown, 'error').at(-1)?.message).toBe('… and 232 more errors: see the job summary.');
    expect(of(shown, 'warning').map((a) => a.title)).toEqual(imageAnnotations(gateResult(scanOf('ubuntu-1804'))).annotations.map((a) => a.title));
  });

  it('the same message twice (a warning each image repeats) takes one slot', () => {
    const budget = new AnnotationBudget();
    for (let i = 0; i < 20; i++) budget.add({ level: 'warning', title: '', message: 'trivy-path is older than the tested minimum' }, 'step');
    expect(budget.plan().shown).toHaveLength(1);
  });

  it('one message at two lines of a file (a policy with two unknown keys) takes two slots', () => {
    const budget = new AnnotationBudget();
    for (const startLine of [3, 4, 3]) {
      budget.add({ level: 'error', title: '', message: 'policy.yml: unknown key', file: 'policy.yml', startLine }, 'actionable');
    }
    expect(budget.plan().shown.map((a) => a.startLine)).toEqual([3, 4]);
  });

  it('refuses a budget of nothing', () => {
    expect(() => new AnnotationBudget(0)).toThrow(/at least one/);
  });
});
