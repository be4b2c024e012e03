import { gzipSync } from 'node:zlib';
import { severityRank } from '../../core/model/severity.js';
import {
  MAX_RESULTS_PER_RUN,
  serializeSarif,
  type SarifLevel,
  type SarifLog,
  type SarifReportingDescriptor,
  type SarifResult,
  type SarifRun,
} from './sarif.js';

/**
 * Fitting a SARIF log into what code scanning accepts in one upload: at most 20 runs per file, 25,000
 * results per run and 10 MB gzipped. GitHub rejects a file over any of them outright, so findings
 * would be lost silently; here the least severe results are dropped instead, counted in each run's
 * `resultsOmitted` and in a note. Runs are never dropped: more than 20 make several payloads.
 *
 * "Least severe" is judged per result, not by position, so any log can be fitted: severity first,
 * then level (error, warning, note), then violations before the rest, then earlier before later.
 * That is buildSarif's order for findings; its base-image results, which it puts first, are ranked by
 * their own severity here.
 */

export const SARIF_MAX_RUNS_PER_FILE = 20;
export const SARIF_MAX_RESULTS_PER_RUN = MAX_RESULTS_PER_RUN;
/** GitHub documents "10 MB"; the decimal reading is the smaller, so it is safe whichever GitHub means. */
export const SARIF_MAX_GZIP_BYTES = 10_000_000;

export interface SarifLimits {
  maxRunsPerFile?: number;
  maxResultsPerRun?: number;
  maxGzipBytes?: number;
}

export interface FittedSarif {
  /** Each within the limits; upload them one by one. Empty when the log has no runs. */
  payloads: SarifLog[];
  /** Results left out, over all runs. */
  dropped: number;
  /** What was split or dropped and why, one sentence each, for the log. */
  notes: string[];
}

/** The bytes to upload: compact JSON, gzipped. The uploader base64-encodes exactly these. */
export function gzipSarif(log: SarifLog): Buffer {
  return gzipSync(serializeSarif(log));
}

const LEVEL_RANK: Record<SarifLevel, number> = { error: 2, warning: 1, note: 0 };
const number = new Intl.NumberFormat('en-US');

/** Higher is more important to keep. */
function importance(result: SarifResult): number {
  const violation = result.properties.status === 'violation' ? 1 : 0;
  return severityRank(result.properties.severity) * 8 + LEVEL_RANK[result.level] * 2 + violation;
}

function runName(run: SarifRun): string {
  const { imageRepository, platform } = run.properties;
  if (!imageRepository) return run.automationDetails.id;
  return platform === undefined ? imageRepository : `${imageRepository} (${platform})`;
}

/**
 * The run with only the results `keep` says, in their order, and only the rules they use: the rules
 * of thousands of dropped results would otherwise keep most of the size.
 */
function withResults(run: SarifRun, keep: readonly SarifResult[], dropped: number): SarifRun {
  const oldRules = run.tool.driver.rules ?? [];
  const rules: SarifReportingDescriptor[] = [];
  const remap = new Map<number, number>();
  const results = keep.map((result) => {
    let index = remap.get(result.ruleIndex);
    if (index === undefined) {
      const rule = oldRules[result.ruleIndex];
      if (rule === undefined) return result;
      index = rules.push(rule) - 1;
      remap.set(result.ruleIndex, index);
    }
    return index === result.ruleIndex ? result : { ...result, ruleIndex: index };
  });
  return {
    ...run,
    tool: { ...run.tool, driver: { ...run.tool.driver, rules } },
    results,
    properties: { ...run.properties, resultsOmitted: run.properties.resultsOmitted + dropped },
  };
}

/** The `count` most important results of the run, in the run's order. */
function mostImportant(results: readonly SarifResult[], count: number): SarifResult[] {
  if (count >= results.length) return [...results];
  const ranked = results.map((result, index) => ({ index, score: importance(result) }));
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const kept = new Set(ranked.slice(0, Math.max(0, count)).map((entry) => entry.index));
  return results.filter((_, index) => kept.has(index));
}

/**
 * Keep the `count` most important results over all runs of a payload: the least important go
 * first wherever they are, so one image's LOW findings go before another's CRITICAL ones.
 */
function keepOverRuns(runs: readonly SarifRun[], count: number): SarifResult[][] {
  const ranked: { run: number; index: number; score: number }[] = [];
  runs.forEach((run, r) => run.results.forEach((result, index) => ranked.push({ run: r, index, score: importance(result) })));
  ranked.sort((a, b) => b.score - a.score || a.run - b.run || a.index - b.index);
  const kept = runs.map(() => new Set<number>());
  for (const entry of ranked.slice(0, Math.max(0, count))) kept[entry.run]?.add(entry.index);
  return runs.map((run, r) => run.results.filter((_, index) => kept[r]?.has(index) === true));
}

/** Shrink one payload's results until it gzips within `maxBytes`. */
function fitGzip(log: SarifLog, maxBytes: number, notes: string[]): { log: SarifLog; dropped: number } {
  let size = gzipSarif(log).length;
  if (size <= maxBytes) return { log, dropped: 0 };
  const original = log.runs;
  const totalResults = original.reduce((sum, run) => sum + run.results.length, 0);
  let keep = totalResults;
  let fitted = log;
  while (size > maxBytes && keep > 0) {
    // Results are roughly alike in size, so scale by the overshoot, with a margin so this takes a few rounds, not dozens.
    keep = Math.min(keep - 1, Math.floor((keep * maxBytes * 0.95) / size));
    const cut = keepOverRuns(original, keep);
    fitted = {
      ...log,
      runs: original.map((run, r) => {
        const kept = cut[r] ?? [];
        return withResults(run, kept, run.results.length - kept.length);
      }),
    };
    size = gzipSarif(fitted).length;
  }
  const dropped = totalResults - Math.max(0, keep);
  original.forEach((run, r) => {
    const left = fitted.runs[r]?.results.length ?? 0;
    if (left < run.results.length) {
      notes.push(
        `${runName(run)}: ${number.format(run.results.length - left)} of ${number.format(run.results.length)} SARIF results dropped, the least severe first, to fit GitHub's ${number.format(maxBytes)}-byte gzipped upload limit.`,
      );
    }
  });
  if (size > maxBytes) {
    notes.push(`A SARIF payload is still ${number.format(size)} bytes gzipped with no results left; GitHub will reject it.`);
  }
  return { log: fitted, dropped };
}

/**
 * Split and trim a SARIF log into payloads GitHub accepts: runs in groups of `maxRunsPerFile`, each
 * run cut to its `maxResultsPerRun` most severe results, then each payload trimmed, least severe
 * first, until it gzips within `maxGzipBytes`. Pure: the input log is not changed.
 */
export function fitSarifForUpload(log: SarifLog, limits: SarifLimits = {}): FittedSarif {
  const maxRuns = Math.max(1, limits.maxRunsPerFile ?? SARIF_MAX_RUNS_PER_FILE);
  const maxResults = limits.maxResultsPerRun ?? SARIF_MAX_RESULTS_PER_RUN;
  const maxBytes = limits.maxGzipBytes ?? SARIF_MAX_GZIP_BYTES;
  const notes: string[] = [];
  let dropped = 0;

  const runs = log.runs.map((run) => {
    if (run.results.length <= maxResults) return run;
    const over = run.results.length - maxResults;
    dropped += over;
    notes.push(
      `${runName(run)}: ${number.format(over)} of ${number.format(run.results.length)} SARIF results dropped, the least severe first: GitHub accepts at most ${number.format(maxResults)} per run.`,
    );
    return withResults(run, mostImportant(run.results, maxResults), over);
  });

  const payloads: SarifLog[] = [];
  for (let start = 0; start < runs.length; start += maxRuns) {
    const fitted = fitGzip({ ...log, runs: runs.slice(start, start + maxRuns) }, maxBytes, notes);
    dropped += fitted.dropped;
    payloads.push(fitted.log);
  }
  if (payloads.length > 1) {
    notes.push(
      `${number.format(runs.length)} SARIF runs split into ${payloads.length} uploads: GitHub accepts at most ${number.format(maxRuns)} runs per file.`,
    );
  }
  return { payloads, dropped, notes };
}
