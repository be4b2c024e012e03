import type { ImageOutcome } from '../core/model/result.js';
import { escapeMarkdown, markdownLink } from './summary/markdown.js';
import { judgedResults } from './step-outcome.js';

/** The workflow artifact that keeps the full report (app/publish/report-artifact.ts uploads it). */
export interface ArtifactLink {
  name: string;
  /** The artifact's page; without it the line names the artifact, found on the run's page. */
  url?: string;
}

const number = new Intl.NumberFormat('en-US');

/**
 * Where every finding is when the summary or the comment shows only the first rows: "all 1,234 findings",
 * linked to the artifact that holds the result file, the SARIF and Trivy's reports. Counted over every image
 * (and platform) that got a verdict.
 */
export function fullReportLine(outcomes: readonly ImageOutcome[], artifact: ArtifactLink): string {
  const findings = judgedResults(outcomes).reduce((sum, result) => sum + result.verdict.findings.length, 0);
  const what = `all ${number.format(findings)} ${findings === 1 ? 'finding' : 'findings'}`;
  const link = artifact.url === undefined ? escapeMarkdown(what) : markdownLink(what, artifact.url);
  return `📦 The full report, ${link}, is kept in the workflow artifact \`${artifact.name.replace(/`/g, '')}\` (result file, SARIF and Trivy's JSON).`;
}
