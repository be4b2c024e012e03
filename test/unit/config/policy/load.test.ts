import { describe, expect, it } from 'vitest';
import { fileMistakes, FileMistakesError, GateError, type FileMistake } from '../../../../src/core/model/errors.js';
import { MISTAKES_LISTED, parsePolicyText } from '../../../../src/config/policy/load.js';
import { thrownGateError } from '../../../helpers/gate-error.js';

const SOURCE = '.github/image-gate.yml';

function failure(text: string): GateError {
  return thrownGateError(() => parsePolicyText(text, SOURCE), 'expected the policy to be rejected');
}

describe('parsePolicyText rejects bad policies with the line and the key', () => {
  const table: { name: string; text: string; message: string }[] = [
    {
      name: 'a bad severity',
      text: 'mode: enforce\n# threshold\nvulnerabilities:\n  only-fixed: true\n\n\n  fail-on-severity: severe\n',
      message:
        '.github/image-gate.yml line 7, column 21: vulnerabilities.fail-on-severity: expected one of unknown, low, medium, high, critical, none',
    },
    {
      name: 'a bad misconfiguration severity',
      text: 'misconfigurations: { fail-on-severity: 3 }\n',
      message: '.github/image-gate.yml line 1, column 40: misconfigurations.fail-on-severity: expected a string, got a number',
    },
    {
      name: 'a bad mode',
      text: 'mode: strict\n',
      message: '.github/image-gate.yml line 1, column 7: mode: expected one of enforce, audit',
    },
    {
      name: 'an unknown top-level key',
      text: 'mode: audit\nvulnerabilites:\n  fail-on-severity: high\n',
      message: '.github/image-gate.yml line 2, column 1: unknown key (did you mean "vulnerabilities"?)',
    },
    {
      name: 'an unknown nested key (trivy-action spelling)',
      text: 'vulnerabilities:\n  only-fixed: true\n  ignore-unfixed: true\n',
      message:
        '.github/image-gate.yml line 3, column 3: vulnerabilities: unknown key (expected one of: fail-on-severity, max-count, only-fixed, scope)',
    },
    {
      name: 'several unknown keys: each on its own line',
      text: 'image:\n  forbid-root: true\n  user: app\n  os: linux\n',
      message:
        '.github/image-gate.yml line 3, column 3: image: unknown key (expected one of: forbid-root, allow-named-user)\n' +
        '.github/image-gate.yml line 4, column 3: image: unknown key (expected one of: forbid-root, allow-named-user)',
    },
    {
      name: 'an unknown key in an ignore rule',
      text: 'ignore:\n  - id: CVE-1\n    reason: r\n    until: 2027-01-01\n',
      message: '.github/image-gate.yml line 4, column 5: ignore[0]: unknown key (expected one of: id, package, path, reason, expires)',
    },
    {
      name: 'an ignore rule without a reason',
      text: 'ignore:\n  - id: CVE-2019-18276\n    reason: fine\n  - package: bash\n    path: usr/bin/**\n',
      message: '.github/image-gate.yml line 4, column 5: ignore[1].reason: is required',
    },
    {
      name: 'an ignore rule with a blank reason',
      text: 'ignore:\n  - id: CVE-2019-18276\n    reason: "   "\n',
      message: '.github/image-gate.yml line 3, column 13: ignore[0].reason: must not be empty',
    },
    {
      name: 'an ignore rule that matches nothing in particular',
      text: 'ignore:\n  - reason: everything is fine\n    expires: 2027-01-01\n',
      message: '.github/image-gate.yml line 2, column 5: ignore[0]: an ignore rule needs at least one of id, package, path',
    },
    {
      name: 'an expiry date in another format',
      text: 'ignore:\n  - id: CVE-1\n    reason: r\n    expires: 31/01/2027\n',
      message: '.github/image-gate.yml line 4, column 14: ignore[0].expires: expected a date that exists, written YYYY-MM-DD',
    },
    {
      name: 'an expiry date that does not exist',
      text: 'ignore:\n  - id: CVE-1\n    reason: r\n    expires: 2027-02-29\n',
      message: '.github/image-gate.yml line 4, column 14: ignore[0].expires: expected a date that exists, written YYYY-MM-DD',
    },
    {
      name: 'an expiry date with a time',
      text: 'ignore:\n  - id: CVE-1\n    reason: r\n    expires: 2027-01-31T12:00:00Z\n',
      message: '.github/image-gate.yml line 4, column 14: ignore[0].expires: expected a date that exists, written YYYY-MM-DD',
    },
    {
      name: 'an expiry given as a number',
      text: 'ignore:\n  - id: CVE-1\n    reason: r\n    expires: 20270131\n',
      message: '.github/image-gate.yml line 4, column 14: ignore[0].expires: must be a date written YYYY-MM-DD',
    },
    {
      name: 'a negative max count',
      text: 'vulnerabilities:\n  max-count:\n    critical: 0\n    high: -1\n',
      message: '.github/image-gate.yml line 4, column 11: vulnerabilities.max-count.high: must be a whole number ≥ 0',
    },
    {
      name: 'a fractional max count',
      text: 'vulnerabilities:\n  max-count: { medium: 2.5 }\n',
      message: '.github/image-gate.yml line 2, column 24: vulnerabilities.max-count.medium: must be a whole number ≥ 0',
    },
    {
      name: 'a max count for a severity that does not exist',
      text: 'vulnerabilities:\n  max-count: { severe: 1 }\n',
      message:
        '.github/image-gate.yml line 2, column 16: vulnerabilities.max-count: unknown key (expected one of: critical, high, medium, low, unknown)',
    },
    {
      name: 'a boolean written as text',
      text: 'secrets:\n  fail: "false"\n',
      message: '.github/image-gate.yml line 2, column 9: secrets.fail: expected true or false, got text',
    },
    {
      name: 'YAML 1.1 "no" (a string in YAML 1.2)',
      text: 'image:\n  forbid-root: no\n',
      message: '.github/image-gate.yml line 2, column 16: image.forbid-root: expected true or false, got text',
    },
    {
      name: 'a section that is not a mapping',
      text: 'secrets: true\n',
      message: '.github/image-gate.yml line 1, column 10: secrets: expected a mapping of keys, got a boolean',
    },
    {
      name: 'an empty section',
      text: 'mode: audit\nsecrets:\n',
      message: '.github/image-gate.yml line 2, column 9: secrets: expected a mapping of keys, got nothing (null)',
    },
    {
      name: 'a list where a mapping belongs',
      text: 'ignore:\n  id: CVE-1\n  reason: r\n',
      message: '.github/image-gate.yml line 2, column 3: ignore: expected a list, got a mapping',
    },
    {
      name: 'a single string where a list belongs',
      text: 'licenses:\n  deny: GPL-3.0-only\n',
      message: '.github/image-gate.yml line 2, column 9: licenses.deny: expected a list, got text',
    },
    {
      name: 'an unknown license category',
      text: 'licenses:\n  deny-categories:\n    - forbidden\n    - viral\n',
      message:
        '.github/image-gate.yml line 4, column 7: licenses.deny-categories[1]: expected one of forbidden, restricted, reciprocal, notice, permissive, unencumbered, unknown',
    },
    {
      name: 'a policy that is a list',
      text: '- mode: audit\n',
      message: '.github/image-gate.yml line 1, column 1: the policy must be a mapping of keys (e.g. "vulnerabilities:"), got a list',
    },
    {
      name: 'a policy that is a plain string',
      text: 'enforce\n',
      message: '.github/image-gate.yml line 1, column 1: the policy must be a mapping of keys (e.g. "vulnerabilities:"), got text',
    },
    {
      name: 'a duplicate key',
      text: 'mode: enforce\nvulnerabilities:\n  fail-on-severity: high\n  only-fixed: true\n  fail-on-severity: low\n',
      message: '.github/image-gate.yml line 5, column 3: duplicate key (expected each key once in a mapping)',
    },
    {
      name: 'a YAML syntax error',
      text: 'mode: enforce\nvulnerabilities:\n  fail-on-severity: high\n   only-fixed: true\n',
      // The library places it where the value that swallowed the next line starts.
      message:
        '.github/image-gate.yml line 3, column 21: a nested mapping where a single value belongs (expected "key: value", or the nested keys on their own lines)\n' +
        '.github/image-gate.yml line 3, column 21: a key that runs over several lines (expected "key: value" on one line)',
    },
    {
      name: 'a tab used for indentation',
      text: 'vulnerabilities:\n\tfail-on-severity: high\n',
      message: '.github/image-gate.yml line 2, column 1: a tab used for indentation (expected spaces)',
    },
    {
      name: 'an unclosed quote',
      text: 'mode: enforce\nignore:\n  - id: "CVE-1\n    reason: r\n',
      // The library notices at the end of the input.
      message: '.github/image-gate.yml line 5, column 1: a quote or bracket that is never closed',
    },
    {
      name: 'a recursive alias',
      text: 'mode: enforce\nignore: &rules\n  - id: CVE-1\n    reason: r\n  - *rules\n',
      message: '.github/image-gate.yml line 5, column 5: an alias refers to the node that contains it',
    },
    {
      name: 'an alias bomb',
      text: `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 6 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ).join('\n')}\n`,
      message: '.github/image-gate.yml: aliases expand to far more values than a policy holds (a YAML alias bomb?)',
    },
    {
      name: 'two problems: both named, each with its line',
      text: 'mode: strict\nvulnerabilities:\n  fail-on-severity: severe\n',
      message:
        '.github/image-gate.yml line 1, column 7: mode: expected one of enforce, audit\n' +
        '.github/image-gate.yml line 3, column 21: vulnerabilities.fail-on-severity: expected one of unknown, low, medium, high, critical, none',
    },
    {
      name: 'two problems: ordered by line, not by key order in the schema',
      text: 'vulnerabilities:\n  fail-on-severity: severe\nmode: strict\n',
      message:
        '.github/image-gate.yml line 2, column 21: vulnerabilities.fail-on-severity: expected one of unknown, low, medium, high, critical, none\n' +
        '.github/image-gate.yml line 3, column 7: mode: expected one of enforce, audit',
    },
  ];

  it.each(table)('$name', ({ text, message }) => {
    const error = failure(text);
    expect(error.kind).toBe('config');
    expect(error.message).toBe(message);
  });
});

describe('parsePolicyText reports every mistake of a file, each at its place', () => {
  /** Three mistakes, out of the schema's key order, and a token where each is (none may be quoted). */
  const TOKEN = 'ghp_' + 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2';
  const text = ['vulnerabilities:', `  fail-on-severity: ${TOKEN}`, 'ignore:', `  - reason: ${TOKEN}`, `mode: ${TOKEN}`, `${TOKEN}: 1`].join('\n');

  function mistakes(policy: string, file?: string): readonly FileMistake[] {
    const error = thrownGateError(() => parsePolicyText(policy, SOURCE, file));
    expect(error).toBeInstanceOf(FileMistakesError);
    return fileMistakes(error) ?? [];
  }

  it('each with its line and column, in the order of the file, one line of the message each', () => {
    const found = mistakes(text, '.github/image-gate.yml');
    expect(found.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: '.github/image-gate.yml', line: 2, column: 21 },
      { file: '.github/image-gate.yml', line: 4, column: 5 },
      { file: '.github/image-gate.yml', line: 5, column: 7 },
      { file: '.github/image-gate.yml', line: 6, column: 1 },
    ]);
    expect(found.map((item) => item.message)).toEqual([
      '.github/image-gate.yml line 2, column 21: vulnerabilities.fail-on-severity: expected one of unknown, low, medium, high, critical, none',
      '.github/image-gate.yml line 4, column 5: ignore[0]: an ignore rule needs at least one of id, package, path',
      '.github/image-gate.yml line 5, column 7: mode: expected one of enforce, audit',
      '.github/image-gate.yml line 6, column 1: unknown key (expected one of: mode, vulnerabilities, secrets, misconfigurations, licenses, image, ignore, signatures, base-image)',
    ]);
    const message = failure(text).message;
    expect(message.split('\n')).toEqual(found.map((item) => item.message));
    // Issue 8's rule holds for every line: the place, never the file's text.
    expect(message).not.toContain(TOKEN.slice(4, 20));
  });

  it('several YAML mistakes, each at its line', () => {
    const found = mistakes('mode: enforce\nvulnerabilities:\n\tfail-on-severity: high\nsecrets:\n\tfail: true\n', 'policy.yml');
    expect(found.map((item) => item.line)).toEqual([3, 5]);
    expect(found.every((item) => item.message.includes('a tab used for indentation'))).toBe(true);
  });

  it(`lists the first ${String(MISTAKES_LISTED)} of a file that is all mistakes, and counts the rest`, () => {
    const rules = 5_000;
    const policy = `ignore:\n${'  - { reason: r }\n'.repeat(rules)}`;
    const started = performance.now();
    const error = failure(policy);
    // Bounded work as well as bounded text: tens of thousands of mistakes are sorted and counted, not compared in pairs.
    expect(performance.now() - started).toBeLessThan(5_000);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(MISTAKES_LISTED + 1);
    expect(lines[MISTAKES_LISTED - 1]).toBe(
      `${SOURCE} line ${String(MISTAKES_LISTED + 1)}, column 5: ignore[${String(MISTAKES_LISTED - 1)}]: an ignore rule needs at least one of id, package, path`,
    );
    expect(lines[MISTAKES_LISTED]).toBe(`${SOURCE}: ${String(rules - MISTAKES_LISTED)} more mistakes after line ${String(MISTAKES_LISTED + 1)}`);
    expect(fileMistakes(error)).toHaveLength(MISTAKES_LISTED);
  });

  it('without a file in the checkout, the mistakes carry no file to annotate', () => {
    const found = mistakes('mode: strict\n');
    expect(found).toEqual([{ line: 1, column: 7, message: '.github/image-gate.yml line 1, column 7: mode: expected one of enforce, audit' }]);
  });
});

describe('parsePolicyText accepts', () => {
  it('a full policy, values as written, with the line of every ignore rule', () => {
    const file = parsePolicyText(
      [
        'mode: AUDIT',
        'vulnerabilities:',
        '  fail-on-severity: Critical',
        '  max-count: { high: 5, medium: 0 }',
        '  only-fixed: true',
        'secrets: { fail: false }',
        'misconfigurations: { fail-on-severity: none }',
        'licenses: { deny: [AGPL-3.0], deny-categories: [Forbidden] }',
        'image: { forbid-root: true }',
        'ignore:',
        '  - id: CVE-2019-18276',
        '    reason: not reachable',
        '    expires: 2027-01-31',
        '',
        '  - package: openssl',
        '    path: usr/lib/**',
        '    reason: FIPS module',
      ].join('\n'),
      SOURCE,
    );
    expect(file).toEqual({
      document: {
        mode: 'AUDIT',
        vulnerabilities: { 'fail-on-severity': 'Critical', 'max-count': { high: 5, medium: 0 }, 'only-fixed': true },
        secrets: { fail: false },
        misconfigurations: { 'fail-on-severity': 'none' },
        licenses: { deny: ['AGPL-3.0'], 'deny-categories': ['Forbidden'] },
        image: { 'forbid-root': true },
        ignore: [
          { id: 'CVE-2019-18276', reason: 'not reachable', expires: '2027-01-31' },
          { package: 'openssl', path: 'usr/lib/**', reason: 'FIPS module' },
        ],
      },
      ignoreLines: [11, 15],
    });
  });

  it.each([
    ['an empty file', ''],
    ['a file of comments', '# nothing configured yet\n'],
    ['an empty document marker', '---\n'],
  ])('%s as a policy that sets nothing', (_name, text) => {
    expect(parsePolicyText(text, SOURCE)).toEqual({ document: {}, ignoreLines: [] });
  });

  it('an unquoted date in a YAML 1.1 document as the same date text', () => {
    const file = parsePolicyText('%YAML 1.1\n---\nignore:\n  - id: CVE-1\n    reason: r\n    expires: 2027-01-31\n', SOURCE);
    expect(file.document.ignore?.[0]?.expires).toBe('2027-01-31');
    expect(file.ignoreLines).toEqual([4]);
  });

  it('a byte-order mark and aliases that are not recursive', () => {
    const file = parsePolicyText(
      '\uFEFFlicenses:\n  deny: &gpl [GPL-3.0-only]\nignore:\n  - { id: CVE-1, reason: &why shared reason }\n  - { id: CVE-2, reason: *why }\n',
      SOURCE,
    );
    expect(file.document.licenses?.deny).toEqual(['GPL-3.0-only']);
    expect(file.document.ignore?.map((rule) => rule.reason)).toEqual(['shared reason', 'shared reason']);
  });
});
