/**
 * GitHub shows at most 10 annotations of each level per step and silently drops the rest, whoever wrote
 * them: the gate's findings, its own failure message, a warning that a permission is missing. So the step
 * has one budget, across every image and publishing, planned before anything is emitted: what the user must
 * act on comes first, the step's own messages next, findings last (one from each image before a second from
 * any), and whatever does not fit is counted in the last annotation of its level. Pure.
 */
import { ANNOTATIONS_PER_LEVEL, LEVEL_NOUNS, type Annotation, type ImageAnnotations } from './annotations.js';

/**
 * actionable: the step's failure, a missing permission or a refused request; step: the gate's other
 * messages (a cache that could not be restored, a note that a check run was cut short); finding: what an
 * image's report says, which the job summary lists in full anyway.
 */
export type AnnotationTier = 'actionable' | 'step' | 'finding';

export interface BudgetedAnnotation extends Annotation {
  tier: AnnotationTier;
  /** The step's failure message: first of its level whatever else there is, and emitted as the step's failure. */
  failsStep?: boolean;
}

export interface AnnotationPlan {
  /** In the order to emit: the failure, actionable and step messages as added, findings, then one "… and N more" per full level. */
  shown: BudgetedAnnotation[];
  /** The messages that did not fit (findings aside: the job summary has those), to be kept in the summary. */
  hiddenMessages: BudgetedAnnotation[];
}

const LEVELS: readonly Annotation['level'][] = ['error', 'warning', 'notice'];
const TIER_RANK: Record<AnnotationTier, number> = { actionable: 0, step: 1, finding: 2 };

export class AnnotationBudget {
  private readonly messages: BudgetedAnnotation[] = [];
  private readonly images: ImageAnnotations[] = [];

  constructor(private readonly perLevel = ANNOTATIONS_PER_LEVEL) {
    if (perLevel < 1) throw new Error('an annotation budget needs at least one annotation per level');
  }

  /** One of the step's own messages (not an image's finding); the same message at the same place twice takes one slot. */
  add(annotation: Annotation, tier: Exclude<AnnotationTier, 'finding'>, options: { failsStep?: boolean } = {}): void {
    const same = (other: BudgetedAnnotation): boolean =>
      other.level === annotation.level &&
      other.title === annotation.title &&
      other.message === annotation.message &&
      other.file === annotation.file &&
      other.startLine === annotation.startLine;
    if (options.failsStep !== true && this.messages.some(same)) return;
    this.messages.push({ ...annotation, tier, ...(options.failsStep === true && { failsStep: true }) });
  }

  /** One image's findings, most important first, and how many more it has. */
  addImage(image: ImageAnnotations): void {
    this.images.push(image);
  }

  plan(): AnnotationPlan {
    const kept = new Set<BudgetedAnnotation>();
    const hiddenMessages: BudgetedAnnotation[] = [];
    const overflow: BudgetedAnnotation[] = [];
    const findings: BudgetedAnnotation[] = [];
    for (const level of LEVELS) {
      const own = this.messages.filter((message) => message.level === level).sort(mostUrgentFirst);
      const imageFindings = interleave(this.images.map((image) => image.annotations.filter((annotation) => annotation.level === level))).map(
        (annotation): BudgetedAnnotation => ({ ...annotation, tier: 'finding' }),
      );
      const ordered = [...own, ...imageFindings];
      const total = ordered.length + this.images.reduce((sum, image) => sum + image.more[level], 0);
      const fits = total <= this.perLevel;
      const shown = fits ? ordered : ordered.slice(0, this.perLevel - 1);
      for (const annotation of shown) {
        kept.add(annotation);
        if (annotation.tier === 'finding') findings.push(annotation);
      }
      if (fits) continue;
      hiddenMessages.push(...ordered.slice(this.perLevel - 1).filter((annotation) => annotation.tier !== 'finding'));
      const more = total - shown.length;
      overflow.push({
        level,
        tier: 'finding',
        title: `image-gate: ${more} more ${LEVEL_NOUNS[level]}`,
        message: `… and ${more} more ${LEVEL_NOUNS[level]}: see the job summary.`,
      });
    }
    // The failure, then the step's other messages in the order they were added, actionable before the rest:
    // what the user must act on leads the log's annotations.
    const messages = this.messages.filter((message) => kept.has(message)).sort(mostUrgentFirst);
    return { shown: [...messages, ...findings, ...overflow], hiddenMessages };
  }
}

/** The failure first, then actionable, then the step's messages; otherwise as added (the sort is stable). */
function mostUrgentFirst(a: BudgetedAnnotation, b: BudgetedAnnotation): number {
  return Number(b.failsStep === true) - Number(a.failsStep === true) || TIER_RANK[a.tier] - TIER_RANK[b.tier];
}

/** The first of every list, then the second of every list, and so on: every image is shown before any is shown twice. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const merged: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let index = 0; index < longest; index++) {
    for (const list of lists) {
      const item = list[index];
      if (item !== undefined) merged.push(item);
    }
  }
  return merged;
}
