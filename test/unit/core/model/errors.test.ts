import { describe, expect, it } from 'vitest';
import {
  configError,
  describeError,
  errorMessage,
  fileMistakes,
  FileMistakesError,
  GateError,
  infrastructureError,
} from '../../../../src/core/model/errors.js';

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

describe('FileMistakesError and fileMistakes', () => {
  const mistakes = [
    { file: '.github/image-gate.yml', line: 3, column: 5, message: '.github/image-gate.yml line 3, column 5: mode must be enforce or audit' },
    { line: 9, column: 1, message: 'policy line 9, column 1: unknown key "severty"' },
  ];

  it('is a config error whose message has one line per mistake, then the unlisted count', () => {
    const error = new FileMistakesError(mistakes, '… and 4 more mistakes');
    expect(error).toBeInstanceOf(GateError);
    expect(error.kind).toBe('config');
    expect(error.message.split('\n')).toEqual([mistakes[0]?.message, mistakes[1]?.message, '… and 4 more mistakes']);
    expect(new FileMistakesError(mistakes).message.split('\n')).toHaveLength(2);
  });

  it('gives the mistakes of that error only: any other error lists none', () => {
    expect(fileMistakes(new FileMistakesError(mistakes))).toBe(mistakes);
    expect(fileMistakes(configError('Input mode: "loud" is not enforce or audit'))).toBeUndefined();
    expect(fileMistakes(new Error('x'))).toBeUndefined();
    expect(fileMistakes({ mistakes })).toBeUndefined();
  });
});
