import { z } from 'zod';

// Building blocks shared by the parts of the policy file's schema.

/** JSON Schema has no case-insensitive enum: offer the lowercase names for completion, accept any case by pattern. */
function anyCasePattern(names: readonly string[]): string {
  const letters = (name: string): string =>
    name.replace(/[a-z]|\W/g, (c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : `\\${c}`));
  return `^(${names.map(letters).join('|')})$`;
}

export function oneOfAnyCase(names: readonly string[], meta: { title: string; description: string }) {
  const allowed = new Set(names);
  return z
    .string()
    .refine((value) => allowed.has(value.toLowerCase()), {
      error: `expected one of ${names.join(', ')}`,
    })
    .meta({ ...meta, anyOf: [{ enum: [...names] }, { pattern: anyCasePattern(names) }] });
}

export const nonEmpty = (meta: { title: string; description: string }) =>
  z
    .string()
    .refine((value) => value.trim() !== '', { error: 'must not be empty' })
    .meta({ ...meta, pattern: '\\S' });
