/**
 * Errors about an input file name the file, the line and the column and say what was expected, but
 * never quote the file: a Dockerfile or policy path may lead to a credentials file, and the error
 * would print the secret. Each case puts a fake token where a parser complains about it.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../../src/adapters/files/json-bytes.js';
import { analyzeDockerfile } from '../../src/adapters/dockerfile/analyze.js';
import { parsePolicyText } from '../../src/config/policy/load.js';
import { loadPolicyFile } from '../../src/app/policy/load-policy.js';
import { loadTrustedRoot } from '../../src/adapters/sigstore/trusted-root.js';
import { parseTrivyReport } from '../../src/adapters/trivy/report.js';
import { thrownGateError, gateError } from '../helpers/gate-error.js';

/** A GitHub token's shape: ghp_ and 36 letters and digits (fake). */
const TOKEN = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const CREDENTIALS_LINE = `https://octocat:${TOKEN}@github.com`;
/** What a leak would look like: the token, or a long piece of it. */
function expectNoToken(message: string): void {
  expect(message).not.toContain(TOKEN);
  expect(message).not.toContain(TOKEN.slice(4, 20));
  expect(message).not.toContain('octocat');
}

describe('policy file errors', () => {
  it.each([
    ['a git-credentials file', `${CREDENTIALS_LINE}\n`, 'line 1, column 1'],
    ['a token as an unknown key', `mode: audit\n${TOKEN}: x\n`, 'line 2, column 1'],
    ['a token under an unknown key', `mode: audit\ntoken: ${TOKEN}\n`, 'line 2, column 1'],
    ['a token as a mode', `mode: ${TOKEN}\n`, 'line 1, column 7'],
    ['a token where a mapping belongs', `secrets: ${TOKEN}\n`, 'line 1, column 10'],
    ['a token as a severity', `vulnerabilities:\n  fail-on-severity: "${TOKEN}"\n`, 'line 2, column 21'],
    ['a token as a date', `ignore:\n  - id: CVE-1\n    reason: r\n    expires: ${TOKEN}\n`, 'line 4, column 14'],
    ['a token as a licence category', `licenses:\n  deny-categories: [${TOKEN}]\n`, 'line 2, column 21'],
    ['a token in a bad escape', `mode: "${TOKEN}\\q"\n`, 'line 1, column'],
    ['a token as a tag', `mode: !${TOKEN} audit\n`, 'line 1, column'],
    ['a token as an undefined alias', `mode: *${TOKEN}\n`, 'image-gate.yml'],
    ['a token as a duplicate key', `${TOKEN}: 1\n${TOKEN}: 2\n`, 'line 2, column 1'],
    [
      'a token in an identity pattern that does not compile',
      `signatures:\n  identities:\n    - issuer: i\n      identity-regexp: "${TOKEN})|(x"\n`,
      'line 4, column 24',
    ],
    ['a token as a predicate type', `signatures:\n  attestations:\n    - predicate-type: ${TOKEN}\n`, 'line 3, column 23'],
    ['a token with a tab indent', `vulnerabilities:\n\t${TOKEN}: high\n`, 'line 2, column 1'],
  ])('%s: the error names the place, not the token', (_name, text, where) => {
    const error = thrownGateError(() => parsePolicyText(text, '.github/image-gate.yml'));
    expect(error.kind).toBe('config');
    expect(error.message).toContain(`.github/image-gate.yml`);
    expect(error.message).toContain(where);
    expectNoToken(error.message);
  });

  it('a policy path that leads to a credentials file: loadPolicyFile says where, not what', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-secret-'));
    const path = join(dir, '.git-credentials');
    writeFileSync(path, `${CREDENTIALS_LINE}\n`);
    const error = await gateError(loadPolicyFile(path, { required: true }));
    expect(error.message).toBe(`${path} line 1, column 1: the policy must be a mapping of keys (e.g. "vulnerabilities:"), got text`);
  });

  it('a key file that holds a token instead of a key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-secret-'));
    writeFileSync(join(dir, 'cosign.pub'), `${TOKEN}\n`);
    writeFileSync(join(dir, 'policy.yml'), `signatures:\n  keys:\n    - name: k\n      path: ${join(dir, 'cosign.pub')}\n`);
    const error = await gateError(loadPolicyFile(join(dir, 'policy.yml'), { required: true }));
    expect(error.message).toContain('is not a PEM public key');
    expectNoToken(error.message);
  });
});

describe('Dockerfile errors', () => {
  const analyze = (text: string) => analyzeDockerfile(text, 'Dockerfile', {});

  it.each([
    ['a git-credentials file', `${CREDENTIALS_LINE}\n`, 'line 1, column 1: unknown instruction'],
    ['the process environment (/proc/self/environ)', `HOME=/root\0GITHUB_TOKEN=${TOKEN}\0PATH=/usr/bin\0`, 'line 1, column 1: unknown instruction'],
    ['a token after the image', `FROM alpine ${TOKEN}\n`, 'line 1, column 13: expected FROM <image> [AS <name>]'],
    ['a token as a flag', `FROM --${TOKEN}=x alpine\n`, 'line 1, column 6: unknown flag on FROM'],
    ['a token as a stage name', `FROM alpine AS 9${TOKEN}\n`, 'line 1, column 16: invalid stage name'],
    ['a token in an unclosed quote', `FROM "${TOKEN}\n`, 'line 1, column 6: the image name: unexpected end of statement'],
    ['a token in an unclosed ARG default', `ARG X=\${${TOKEN}\nFROM alpine\n`, "line 1, column 5: the ARG's default"],
    ['a token before the first FROM', `RUN ${TOKEN}\nFROM alpine\n`, 'line 1, column 1: RUN before the first FROM'],
  ])('%s: the error names the place, not the token', (_name, text, where) => {
    const error = thrownGateError(() => analyze(text));
    expect(error.message).toContain(`Dockerfile Dockerfile ${where}`);
    expectNoToken(error.message);
  });

  it.each([
    ['a token as an image name', `FROM ${TOKEN}\n`],
    ['a token as an undeclared variable', `FROM alpine:\${${TOKEN}}\n`],
    ['a token in ${VAR:?message}', `ARG B\nFROM \${B:?${TOKEN}}\n`],
    ['a token in an unsupported substitution', `ARG B=x\nFROM \${B%${TOKEN}}\n`],
    ['a token as an ARG without a value', `ARG ${TOKEN}\nFROM \$${TOKEN}\n`],
  ])('%s: the unresolved FROM says why by line, not by text', (_name, text) => {
    const stage = analyze(text).stages.at(-1);
    expect(stage?.from.kind).toBe('unresolved');
    const reason = stage?.from.kind === 'unresolved' ? stage.from.reason : '';
    expect(reason).toMatch(/^the FROM on line \d+/);
    expectNoToken(reason);
  });
});

describe('JSON files', () => {
  it.each([
    ['a credentials line', `${CREDENTIALS_LINE}\n`, 'unexpected character (expected a JSON value) at line 1, column 1'],
    ['a token after a valid document', `{}\n${TOKEN}\n`, 'unexpected character (expected the end of the document) at line 2, column 1'],
    ['a token as a bare value', `{"a": ${TOKEN}}`, 'unexpected character (expected a JSON value) at line 1, column 7'],
    [
      'a token as a bare value after a line break',
      `{\n  "a": 1,\n  "b": ${TOKEN}\n}`,
      'unexpected character (expected a JSON value) at line 3, column 8',
    ],
    ['a token as a property name', `{${TOKEN}: 1}`, "unexpected character (expected a property name in double quotes or '}') at line 1, column 2"],
    ['a token where a comma belongs', `{"a": 1 ${TOKEN}}`, "unexpected character (expected ',' or '}') at line 1, column 9"],
    ['a token in an array', `[1, ${TOKEN}]`, 'unexpected character (expected a JSON value) at line 1, column 5'],
    [
      'a token in a bad escape',
      `{"a": "${TOKEN}\\q"}`,
      'unexpected character (expected a string with valid escapes and no raw control characters) at line 1, column',
    ],
    [
      'a token in a key with a bad escape',
      `{"${TOKEN}\\q": 1}`,
      'unexpected character (expected a string with valid escapes and no raw control characters) at line 1, column',
    ],
    ['a token in an unterminated string', `{"a": "${TOKEN}`, 'it ends in the middle of the document (truncated file?)'],
    ['only a token', TOKEN, 'unexpected character (expected a JSON value) at line 1, column 1'],
    ['a token after a byte-order mark', `\uFEFF${TOKEN}`, 'unexpected character (expected a JSON value) at line 1, column 1'],
    [
      'a token after non-ASCII text (the column counts characters)',
      `{"é": ${TOKEN}}`,
      'unexpected character (expected a JSON value) at line 1, column 7',
    ],
  ])('%s: parseJsonDocument names the place and what was expected, not the token', (_name, text, problem) => {
    const error = thrownGateError(() => parseJsonDocument(Buffer.from(text), 'the trusted root x.json'));
    expect(error.kind).toBe('config');
    expect(error.message.startsWith(`the trusted root x.json is not valid JSON: ${problem}`), error.message).toBe(true);
    expectNoToken(error.message);
  });

  it('parses a valid document whole, whatever its top level', () => {
    expect(parseJsonDocument(Buffer.from('\uFEFF {"a": [1, "b", null]}\n'), 'x.json')).toEqual({ a: [1, 'b', null] });
    expect(parseJsonDocument(Buffer.from('42'), 'x.json')).toBe(42);
    expect(thrownGateError(() => parseJsonDocument(Buffer.from(' \n'), 'x.json')).message).toBe('x.json is empty (expected a JSON document)');
  });

  it('a trusted root whose enum value is a token: the field type, not the value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-secret-'));
    const path = join(dir, 'trusted_root.json');
    const root = {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [
        { baseUrl: 'https://rekor.example', hashAlgorithm: TOKEN, publicKey: { rawBytes: 'AA==', keyDetails: TOKEN }, logId: { keyId: 'AA==' } },
      ],
    };
    writeFileSync(path, JSON.stringify(root));
    const error = thrownGateError(() => loadTrustedRoot(path));
    expect(error.message).toContain(`trusted root ${path} is not a valid Sigstore trusted root`);
    expectNoToken(error.message);
  });

  it.each([
    ['a token as the whole report', TOKEN],
    ['a token after the report', `{"SchemaVersion": 2}\n${TOKEN}`],
    ['a token as SchemaVersion', `{"SchemaVersion": "${TOKEN}"}`],
    [
      'a token as a severity',
      JSON.stringify({
        SchemaVersion: 2,
        Results: [{ Target: 't', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'p', InstalledVersion: '1', Severity: TOKEN }] }],
      }),
    ],
  ])('%s: the Trivy report error names the place, not the token', (_name, text) => {
    const error = thrownGateError(() => parseTrivyReport(text, 'report.json'));
    expect(error.message).toContain('report.json');
    expectNoToken(error.message);
  });
});
