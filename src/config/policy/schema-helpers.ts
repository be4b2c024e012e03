import { z } from 'zod';
import { anyCaseEnum } from '../enums.js';

// Building blocks shared by the parts of the policy file's schema.

/** An enum only the policy file takes (one an input also sets is in config/enums.ts, and described from there). */
export function oneOfAnyCase(names: readonly string[], meta: { title: string; description: string }) {
  return anyCaseEnum(names).described(meta);
}

export const nonEmpty = (meta: { title: string; description: string }) =>
  z
    .string()
    .refine((value) => value.trim() !== '', { error: 'must not be empty' })
    .meta({ ...meta, pattern: '\\S' });
