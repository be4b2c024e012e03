import { z } from 'zod';
import { policyFileSchema } from './schema.js';

export const POLICY_SCHEMA_ID = 'https://raw.githubusercontent.com/image-gate/image-gate/main/policy.schema.json';

/** policy.schema.json, derived from the zod schema so the two cannot drift apart. */
export function policyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(policyFileSchema, { target: 'draft-2020-12', io: 'input' });
  // Put $schema and $id first, where readers and editors look for them.
  const { $schema, ...rest } = generated;
  return { $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema', $id: POLICY_SCHEMA_ID, ...rest };
}

/** The file's exact text: stable formatting, so regenerating it only changes what changed. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
