/**
 * Everything the Action prints goes through here: text through the log seam (src/report/text/log-text.ts),
 * untrusted bulk text with the runner's commands switched off, and annotations through one budget for the
 * step, emitted together at the end (publishing's warnings and the failure first) so that GitHub's limit of
 * 10 per level drops only what the job summary keeps anyway.
 */
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { AnnotationBudget, type AnnotationTier, type BudgetedAnnotation } from '../report/annotations/annotation-budget.js';
import type { Annotation, ImageAnnotations } from '../report/annotations/annotations.js';
import { hiddenMessageLogLines, hiddenMessagesSection } from '../report/neutralise/hidden-messages.js';
import { commandsStopped, logText, oneLine, plainText } from '../report/text/log-text.js';
import { escapeHtml } from '../report/summary/markdown.js';
import type { Redactor } from '../report/neutralise/redaction.js';
import { STEP_SUMMARY_MAX_BYTES } from '../report/summary/summary.js';

export class ActionOutput {
  private readonly budget = new AnnotationBudget();

  constructor(private readonly redactor: Redactor) {}

  readonly redact = (text: string): string => this.redactor.redact(text);

  /** Tells the runner's masker every secret the redactor knows, in the forms the masker does not derive itself. */
  maskSecrets(): void {
    for (const value of this.redactor.maskValues()) core.setSecret(value);
  }

  info(text: string): void {
    core.info(logText(text, this.redact));
  }

  debug(text: string): void {
    core.debug(logText(text, this.redact));
  }

  /**
   * Text built from what the image, the registry or Trivy said (the log table): neutralised, and printed
   * between stop-commands and a random resume token, so no line of it can be a command to the runner.
   */
  untrusted(text: string): void {
    core.info(commandsStopped(logText(text, this.redact), randomBytes(16).toString('hex')));
  }

  /** HTML for the job summary: the text as it is, in a <pre> block, with nothing that opens markup. */
  preformatted(text: string): string {
    return `<pre>${escapeHtml(this.redact(plainText(text)))}</pre>\n`;
  }

  /** A warning the gate or publishing gives about the step (not an image's finding). */
  warning(message: string, tier: Exclude<AnnotationTier, 'finding'>): void {
    this.budget.add({ level: 'warning', title: '', message }, tier);
  }

  /** A warning from library code: in the log where it happened, as an annotation with the others at the end. */
  libraryWarning(message: string): void {
    this.info(`Warning: ${message}`);
    this.warning(message, 'step');
  }

  /** The step fails with this message; it is the first error annotation whatever else there is. */
  fail(message: string): void {
    this.budget.add({ level: 'error', title: '', message }, 'actionable', { failsStep: true });
  }

  /** A mistake in a file of the checkout (the policy file), on its line: with the failure, ahead of any finding. */
  mistake(annotation: Annotation): void {
    this.budget.add(annotation, 'actionable');
  }

  image(annotations: ImageAnnotations): void {
    this.budget.addImage(annotations);
  }

  /**
   * Emits the planned annotations; what did not fit is listed in the log and the job summary, the first
   * few of it and a count of the rest, within the bytes the step's summary has left.
   */
  async flush(): Promise<void> {
    const { shown, hiddenMessages } = this.budget.plan();
    for (const annotation of shown) this.annotate(annotation);
    if (hiddenMessages.length === 0) return;
    // Redacted before anything cuts them short: a secret cut to a prefix is no longer one the redactor knows.
    const messages = hiddenMessages.map((hidden) => this.redact(plainText(hidden.message)));
    for (const line of hiddenMessageLogLines(messages)) this.info(line);
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (!summaryFile) return;
    try {
      const section = hiddenMessagesSection(messages, STEP_SUMMARY_MAX_BYTES - (await summaryBytes(summaryFile)));
      if (section !== '') await core.summary.addRaw(section).write();
    } catch {
      // The summary file cannot be read or written: the log has the messages.
    }
  }

  private annotate(annotation: BudgetedAnnotation): void {
    const message = logText(annotation.message, this.redact);
    if (annotation.failsStep === true) {
      core.setFailed(message);
      return;
    }
    const title = logText(oneLine(annotation.title), this.redact);
    const properties: core.AnnotationProperties = {
      ...(title && { title }),
      ...(annotation.file && { file: annotation.file }),
      ...(annotation.startLine && { startLine: annotation.startLine }),
    };
    if (annotation.level === 'error') core.error(message, properties);
    else if (annotation.level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}

/** What the step's summary holds so far: the file (the one @actions/core writes), and anything it still buffers. */
async function summaryBytes(file: string): Promise<number> {
  const { size } = await stat(file);
  return size + Buffer.byteLength(core.summary.stringify(), 'utf8');
}
