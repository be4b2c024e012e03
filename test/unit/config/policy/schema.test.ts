import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema, policyJsonSchemaText } from '../../../../src/config/policy/json-schema.js';
import { policyFileSchema } from '../../../../src/config/policy/schema.js';

const SCHEMA_FILE = 'policy.schema.json';
const EXAMPLE = 'examples/image-gate.yml';

function validator() {
  // strictRequired would reject `anyOf: [{ required: [id] }, …]`, standard JSON Schema for "at least one of".
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
}

describe('policy.schema.json', () => {
  it('is what the zod schema generates (UPDATE_POLICY_SCHEMA=1 or scripts/policy-schema.mjs rewrites it)', () => {
    const generated = policyJsonSchemaText();
    if (process.env.UPDATE_POLICY_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8'), 'policy.schema.json is stale: run `npm exec -- node scripts/policy-schema.mjs`').toBe(generated);
  });

  it('names itself and its dialect, and documents every key', () => {
    const schema = policyJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/policy\.schema\.json$/);
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object') {
        for (const [key, child] of Object.entries(record.properties)) {
          const c = child as Record<string, unknown>;
          if (typeof c.title !== 'string' || typeof c.description !== 'string') undocumented.push(`${path}${key}`);
          walk(child, `${path}${key}.`);
        }
      }
      if (record.items) walk(record.items, `${path}[].`);
    };
    walk(schema, '');
    expect(undocumented).toEqual([]);
  });

  it('accepts the documented example, which zod accepts too', () => {
    const example: unknown = parse(readFileSync(EXAMPLE, 'utf8'));
    const validate = validator();
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(policyFileSchema.safeParse(example).success).toBe(true);
  });

  // The editor (JSON Schema) and the gate (zod) must agree on what a valid policy is.
  const table: { name: string; doc: unknown; valid: boolean }[] = [
    { name: 'empty', doc: {}, valid: true },
    { name: 'severity in any case', doc: { vulnerabilities: { 'fail-on-severity': 'CrItIcAl' } }, valid: true },
    { name: 'threshold none', doc: { misconfigurations: { 'fail-on-severity': 'NONE' } }, valid: true },
    { name: 'bad severity', doc: { vulnerabilities: { 'fail-on-severity': 'severe' } }, valid: false },
    { name: 'severity with extra text', doc: { vulnerabilities: { 'fail-on-severity': 'high!' } }, valid: false },
    { name: 'mode in capitals', doc: { mode: 'AUDIT' }, valid: true },
    { name: 'bad mode', doc: { mode: 'warn' }, valid: false },
    { name: 'unknown top-level key', doc: { mode: 'audit', extra: 1 }, valid: false },
    { name: 'unknown nested key', doc: { secrets: { fail: true, warn: true } }, valid: false },
    { name: 'negative max count', doc: { vulnerabilities: { 'max-count': { high: -1 } } }, valid: false },
    { name: 'fractional max count', doc: { vulnerabilities: { 'max-count': { high: 1.5 } } }, valid: false },
    { name: 'zero max count', doc: { vulnerabilities: { 'max-count': { critical: 0 } } }, valid: true },
    { name: 'max count for an unknown severity', doc: { vulnerabilities: { 'max-count': { severe: 1 } } }, valid: false },
    { name: 'boolean as text', doc: { image: { 'forbid-root': 'true' } }, valid: false },
    { name: 'license category in capitals', doc: { licenses: { 'deny-categories': ['FORBIDDEN'] } }, valid: true },
    { name: 'unknown license category', doc: { licenses: { 'deny-categories': ['viral'] } }, valid: false },
    { name: 'empty license name', doc: { licenses: { deny: [' '] } }, valid: false },
    { name: 'ignore by id', doc: { ignore: [{ id: 'CVE-1', reason: 'r' }] }, valid: true },
    { name: 'ignore by path with expiry', doc: { ignore: [{ path: 'usr/**', reason: 'r', expires: '2027-01-31' }] }, valid: true },
    { name: 'ignore without reason', doc: { ignore: [{ id: 'CVE-1' }] }, valid: false },
    { name: 'ignore with a blank reason', doc: { ignore: [{ id: 'CVE-1', reason: '  ' }] }, valid: false },
    { name: 'ignore with only a reason', doc: { ignore: [{ reason: 'r' }] }, valid: false },
    { name: 'ignore with a malformed expiry', doc: { ignore: [{ id: 'CVE-1', reason: 'r', expires: '2027-1-31' }] }, valid: false },
    { name: 'ignore with an unknown key', doc: { ignore: [{ id: 'CVE-1', reason: 'r', note: 'n' }] }, valid: false },
  ];

  it.each(table)('$name: valid=$valid for both', ({ doc, valid }) => {
    expect(validator()(doc)).toBe(valid);
    expect(policyFileSchema.safeParse(doc).success).toBe(valid);
  });

  it('zod alone rejects impossible calendar dates (JSON Schema checks only the shape)', () => {
    const doc = { ignore: [{ id: 'CVE-1', reason: 'r', expires: '2027-02-30' }] };
    expect(validator()(doc)).toBe(true);
    expect(policyFileSchema.safeParse(doc).success).toBe(false);
  });
});
