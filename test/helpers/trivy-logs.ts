/** Reading what the Trivy stand-in (test/bin/trivy) recorded: its argument, scan and DB-download logs. */
import { existsSync, readFileSync } from 'node:fs';

/** One JSON value per line; none when the file was never written. */
export function jsonLines<T>(path: string): T[] {
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as T)
    : [];
}

/** A `trivy image` run that scans something, not one that only downloads a database. */
export function isTrivyScan(args: readonly string[]): boolean {
  return args[0] === 'image' && !args.includes('--download-db-only') && !args.includes('--download-java-db-only');
}

/** A scan as TRIVY_STANDIN_SCAN_LOG records it. */
export interface ScanRecord {
  target: string;
  start: number;
  end: number;
  args: string[];
}

/** A DB download as TRIVY_STANDIN_DB_LOG records it. */
export interface DbDownloadRecord {
  db: 'vulnerability' | 'java';
  cacheDir: string | null;
  repository: string | null;
  start: number;
  end: number;
}

/**
 * The most intervals that were open at one moment. An interval that ends when another starts does not overlap
 * it: a stand-in records its end before it exits, and the next scan can only start after that.
 */
export function mostAtOnce(intervals: readonly { start: number; end: number }[]): number {
  const events = intervals.flatMap(({ start, end }) => [
    { at: start, step: 1 },
    { at: end, step: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.step - b.step);
  let open = 0;
  let most = 0;
  for (const { step } of events) {
    open += step;
    most = Math.max(most, open);
  }
  return most;
}
