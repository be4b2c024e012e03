import { describe, expect, it } from 'vitest';
import { atLeast, bySeverityDescending, parseSeverity, SEVERITIES } from '../../../../src/core/model/severity.js';

describe('severity', () => {
  it('orders the five severities', () => {
    expect(SEVERITIES.filter((s) => atLeast(s, 'HIGH'))).toEqual(['HIGH', 'CRITICAL']);
  });
  it('parses case-insensitively and rejects anything else', () => {
    expect(parseSeverity(' high ')).toBe('HIGH');
    expect(parseSeverity('severe')).toBeUndefined();
  });
  it('sorts most severe first, keeping the order within a severity', () => {
    const findings = (['LOW', 'CRITICAL', 'UNKNOWN', 'HIGH', 'LOW', 'MEDIUM'] as const).map((severity, index) => ({ severity, index }));
    expect([...findings].sort(bySeverityDescending).map(({ severity, index }) => `${severity}${index}`)).toEqual([
      'CRITICAL1',
      'HIGH3',
      'MEDIUM5',
      'LOW0',
      'LOW4',
      'UNKNOWN2',
    ]);
  });
});
