/** Trivy's severities, least to most severe. The order is what makes thresholds work. */
export const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

const RANK: Record<Severity, number> = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

/** Case-insensitive; returns undefined for anything that is not one of the five. */
export function parseSeverity(value: string): Severity | undefined {
  const upper = value.trim().toUpperCase();
  return isSeverity(upper) ? upper : undefined;
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export function emptySeverityCounts(): Record<Severity, number> {
  return { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
}

export function emptySeverityLists<T>(): Record<Severity, T[]> {
  return { UNKNOWN: [], LOW: [], MEDIUM: [], HIGH: [], CRITICAL: [] };
}
