/**
 * An enum that both an input (or CLI flag) and the policy file carry gives the same answer for the same value:
 * accepted in any case in both, with the same meaning, or refused in both with the same words.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig, type InputName } from '../../../src/config/parse.js';
import type { Policy } from '../../../src/core/model/policy.js';
import { buildPolicy, parsePolicyText } from '../../../src/config/policy/load.js';

const SOURCE = '.github/image-gate.yml';
const context = { workspace: '/ws', tempDir: '/tmp/gate' };
// A signer, so that a required signature mode is a policy that can be met.
const SIGNER = 'signatures:\n  identities:\n    - { issuer: https://issuer.example, identity: release@acme.example }\n';

interface SharedEnum {
  input: InputName;
  names: readonly string[];
  /** The policy file, without the enum (`undefined`) or with it. */
  file: (value?: string) => string;
  read: (policy: Policy) => unknown;
}

const SHARED: SharedEnum[] = [
  { input: 'mode', names: ['enforce', 'audit'], file: (v) => (v === undefined ? '' : `mode: ${v}\n`), read: (p) => p.mode },
  {
    input: 'fail-on-severity',
    names: ['unknown', 'low', 'medium', 'high', 'critical', 'none'],
    file: (v) => (v === undefined ? '' : `vulnerabilities:\n  fail-on-severity: ${v}\n`),
    read: (p) => p.vulnerabilities.failOnSeverity,
  },
  {
    input: 'misconfig-fail-on-severity',
    names: ['unknown', 'low', 'medium', 'high', 'critical', 'none'],
    file: (v) => (v === undefined ? '' : `misconfigurations:\n  fail-on-severity: ${v}\n`),
    read: (p) => p.misconfigurations.failOnSeverity,
  },
  {
    input: 'scope',
    names: ['all', 'introduced'],
    file: (v) => (v === undefined ? '' : `vulnerabilities:\n  scope: ${v}\n`),
    read: (p) => p.vulnerabilities.scope,
  },
  {
    input: 'signatures',
    names: ['required', 'optional', 'off'],
    file: (v) => (v === undefined ? SIGNER : `${SIGNER}  mode: ${v}\n`),
    read: (p) => p.signatures.mode,
  },
  {
    input: 'base-image-pinned',
    names: ['fail', 'warn', 'off'],
    file: (v) => (v === undefined ? '' : `base-image:\n  pinned: ${v}\n`),
    read: (p) => p.baseImage.pinned,
  },
];

type Answer = { value: unknown } | { error: string };

function answer(run: () => unknown): Answer {
  try {
    return { value: run() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const capitalised = (name: string): string => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

describe.each(SHARED)('the input $input and its key in the policy file', ({ input, names, file, read }) => {
  const byInput = (value: string): Answer =>
    answer(() => {
      const { overrides } = parseConfig((name) => (name === 'image' ? 'a' : name === input ? value : ''), context).policy;
      return read(buildPolicy(parsePolicyText(file(), SOURCE), overrides, SOURCE));
    });
  const byFile = (value: string): Answer => answer(() => read(buildPolicy(parsePolicyText(file(value), SOURCE), {}, SOURCE)));

  it.each(names.flatMap((name) => [name, capitalised(name), name.toUpperCase()]))('take %j alike', (value) => {
    const [fromInput, fromFile] = [byInput(value), byFile(value)];
    expect(fromInput).toEqual(fromFile);
    // The premise: the value is accepted, so the two agree on what it means, not merely on refusing it.
    expect(fromFile).toHaveProperty('value');
  });

  it.each(['strict', 'n/a', `${names[0] ?? ''}s`])('refuse %j alike, in the same words', (value) => {
    const expected = `expected one of ${names.join(', ')}`;
    expect(byInput(value)).toEqual({ error: `Input ${input}: ${expected}, not "${value}"` });
    const fromFile = byFile(value);
    expect(fromFile).toHaveProperty('error');
    expect((fromFile as { error: string }).error).toMatch(
      new RegExp(`^${SOURCE.replace(/\./g, '\\.')} line \\d+, column \\d+: [a-z.-]+: ${expected}$`),
    );
  });
});
