import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Validates SARIF against both schemas in test/fixtures/schemas: the OASIS 2.1.0 schema and the
 * copy codeql-action (which uploads it) validates against. Compiled once per test file.
 */

const SCHEMAS = new URL('../fixtures/schemas/', import.meta.url);

function readSchema(name: string): AnySchemaObject {
  return JSON.parse(readFileSync(fileURLToPath(new URL(name, SCHEMAS)), 'utf8')) as AnySchemaObject;
}

/**
 * The OASIS file is draft-04, which Ajv 8 does not read. The only draft-04 constructs it uses are
 * the root `id` (draft-06+ spells it `$id`) and the meta-schema URI; it has no boolean
 * exclusiveMinimum/Maximum. So it is read as draft-07 with those two renamed, in memory; the
 * fixture itself stays as published.
 */
function oasisAsDraft07(): AnySchemaObject {
  // `$schema` is overwritten below, so the draft-04 URI does not survive.
  const { id, ...rest } = readSchema('sarif-schema-2.1.0.json');
  return { ...rest, $id: id!, $schema: 'http://json-schema.org/draft-07/schema#' };
}

/**
 * codeql-action's copy has one slip: region's `anyOf` (startLine, charOffset or byteOffset) sits
 * inside `properties`, where it declares a property literally named "anyOf" with an array as its
 * schema. Its own validator (the lenient `jsonschema` package) lets that pass and so enforces
 * nothing there; Ajv refuses to compile it. Dropping the misplaced entry, in memory, keeps exactly
 * the constraints codeql-action applies.
 */
function codeqlActionSchema(): AnySchemaObject {
  const schema = readSchema('sarif-schema-2.1.0.github-codeql-action.json');
  const region = (schema.definitions as Record<string, AnySchemaObject> | undefined)?.region;
  const properties = region?.properties as Record<string, unknown> | undefined;
  if (properties !== undefined && Array.isArray(properties.anyOf)) delete properties.anyOf;
  return schema;
}

let compiled: { oasis: ValidateFunction; codeql: ValidateFunction } | undefined;

function validators(): { oasis: ValidateFunction; codeql: ValidateFunction } {
  if (compiled !== undefined) return compiled;
  const draft07 = new Ajv({ allErrors: true, strict: false });
  addFormats.default(draft07);
  const draft2020 = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(draft2020);
  compiled = {
    oasis: draft07.compile(oasisAsDraft07()),
    codeql: draft2020.compile(codeqlActionSchema()),
  };
  return compiled;
}

function describe(validate: ValidateFunction, name: string): string[] {
  return (validate.errors ?? []).slice(0, 20).map((e) => `${name}: ${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Schema errors from both schemas, each prefixed with the schema's name; empty when the log is valid in both. */
export function sarifSchemaErrors(log: unknown): string[] {
  const { oasis, codeql } = validators();
  const errors: string[] = [];
  if (!oasis(log)) errors.push(...describe(oasis, 'oasis'));
  if (!codeql(log)) errors.push(...describe(codeql, 'codeql-action'));
  return errors;
}

interface LooseRun {
  automationDetails?: { id?: string };
  results?: { locations?: unknown[] }[];
  tool?: { driver?: { rules?: { properties?: { tags?: unknown[]; 'security-severity'?: unknown } }[] } };
}

/**
 * What GitHub code scanning rejects or mis-reads beyond the schema (its documented upload limits,
 * a location per result, security-severity as a number in a string, one category per run).
 */
export function codeScanningProblems(log: { runs?: LooseRun[] }): string[] {
  const problems: string[] = [];
  const runs = log.runs ?? [];
  if (runs.length > 20) problems.push(`${runs.length} runs; code scanning accepts at most 20 per file`);
  const categories = new Set<string>();
  runs.forEach((run, r) => {
    const id = run.automationDetails?.id;
    if (id === undefined) problems.push(`run ${r}: no automationDetails.id`);
    else if (categories.has(id)) problems.push(`run ${r}: automationDetails.id ${id} repeats another run's`);
    else categories.add(id);
    const results = run.results ?? [];
    if (results.length > 25_000) problems.push(`run ${r}: ${results.length} results; the limit is 25,000`);
    results.forEach((result, i) => {
      if ((result.locations ?? []).length === 0) problems.push(`run ${r} result ${i}: no location`);
    });
    const rules = run.tool?.driver?.rules ?? [];
    if (rules.length > 25_000) problems.push(`run ${r}: ${rules.length} rules; the limit is 25,000`);
    rules.forEach((rule, i) => {
      const tags = rule.properties?.tags ?? [];
      if (tags.length > 20) problems.push(`run ${r} rule ${i}: ${tags.length} tags; the limit is 20`);
      const severity = rule.properties?.['security-severity'];
      if (typeof severity !== 'string' || !/^\d+(\.\d+)?$/.test(severity) || Number(severity) > 10) {
        problems.push(`run ${r} rule ${i}: security-severity ${String(severity)} is not a score 0.0–10.0 in a string`);
      }
    });
  });
  return problems;
}
