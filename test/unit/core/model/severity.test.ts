import { describe, expect, it } from 'vitest';
import { atLeast, parseSeverity, SEVERITIES } from '../../../../src/core/model/severity.js';

describe('severity', () => {
  it('orders the five severities', () => {
    expect(SEVERITIES.filter((s) => atLeast(s, 'HIGH'))).toEqual(['HIGH', 'CRITICAL']);
  });
  it('parses case-insensitively and rejects anything else', () => {
    expect(parseSeverity(' high ')).toBe('HIGH');
    expect(parseSeverity('severe')).toBeUndefined();
  });
});
