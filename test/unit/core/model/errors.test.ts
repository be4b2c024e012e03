import { describe, expect, it } from 'vitest';
import { configError, describeError, errorMessage, GateError, infrastructureError } from '../../../../src/core/model/errors.js';

describe('errorMessage', () => {
  it.each([
    ['an Error', new Error('registry said no'), 'registry said no'],
    ['a subclass, without its class name', new TypeError('fetch failed'), 'fetch failed'],
    ['our own error', configError('Input severity: "loud" is not a severity'), 'Input severity: "loud" is not a severity'],
    ['a thrown string', 'plain words', 'plain words'],
    ['a thrown number', 42, '42'],
    ['undefined', undefined, 'undefined'],
  ])('says what %s says', (_what, thrown, message) => {
    expect(errorMessage(thrown)).toBe(message);
  });
});

describe('describeError', () => {
  it.each([
    ['our own error as it is', infrastructureError('Trivy timed out'), 'Trivy timed out'],
    ['any other Error with its class name', new TypeError('fetch failed'), 'TypeError: fetch failed'],
    ['a thrown value as text', null, 'null'],
  ])('gives %s', (_what, thrown, line) => {
    expect(describeError(thrown)).toBe(line);
  });

  it('keeps whose fault it is and the cause', () => {
    const cause = new Error('ECONNREFUSED');
    const error = infrastructureError('Registry ghcr.io did not answer', cause);
    expect(error).toBeInstanceOf(GateError);
    expect([error.kind, error.cause]).toEqual(['infrastructure', cause]);
    expect(configError('bad input').kind).toBe('config');
  });
});
