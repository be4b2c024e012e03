import { z } from 'zod';
import type { Severity } from '../core/model/severity.js';
import { TRIVY_SCANNERS } from '../core/model/trivy.js';

/**
 * Every enum the user writes, in an input, a CLI flag or the policy file: one list of names and one zod schema
 * each, so an input and the policy file key that set the same thing give the same answer for the same value,
 * in the same words. Any case is accepted, as the example policy and policy.schema.json document ("Case-
 * insensitive"); the names are the lowercase spelling. The schemas do not transform (the policy file's schema
 * converts to JSON Schema losslessly): `nameOf` maps an accepted value to its name.
 */
export interface AnyCaseEnum<T extends string> {
  names: readonly T[];
  /** A string naming one of `names` in any case; anything else fails with the one message, "expected one of …". */
  schema: z.ZodType<string, string>;
  /** The name a value stands for; undefined for a value the schema refuses. */
  nameOf: (value: string) => T | undefined;
  /** The schema with the policy file's title and description (JSON Schema: the names for completion, any case by pattern). */
  described: (meta: { title: string; description: string }) => z.ZodType<string, string>;
}

export function anyCaseEnum<const T extends string>(names: readonly T[]): AnyCaseEnum<T> {
  const nameOf = (value: string): T | undefined => names.find((name) => name === value.toLowerCase());
  const schema = z.string().refine((value) => nameOf(value) !== undefined, { error: `expected one of ${names.join(', ')}` });
  return {
    names,
    schema,
    nameOf,
    described: (meta) => schema.meta({ ...meta, anyOf: [{ enum: [...names] }, { pattern: anyCasePattern(names) }] }),
  };
}

/** JSON Schema has no case-insensitive enum: offer the lowercase names for completion, accept any case by pattern. */
function anyCasePattern(names: readonly string[]): string {
  const letters = (name: string): string => name.replace(/[a-z]|\W/g, (c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : `\\${c}`));
  return `^(${names.map(letters).join('|')})$`;
}

export const SEVERITY_NAMES = ['unknown', 'low', 'medium', 'high', 'critical'] as const;
export const THRESHOLD_NAMES = [...SEVERITY_NAMES, 'none'] as const;
const SEVERITY_OF: Record<(typeof SEVERITY_NAMES)[number], Severity> = {
  unknown: 'UNKNOWN',
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
  critical: 'CRITICAL',
};

/** A threshold as the policy holds it, whether an input or the file named it: a severity, or NONE (no threshold). */
export function thresholdOf(name: (typeof THRESHOLD_NAMES)[number]): Severity | 'NONE' {
  return name === 'none' ? 'NONE' : SEVERITY_OF[name];
}

// Set by an input and by the policy file alike.
/** `mode` (input and file). */
export const MODE = anyCaseEnum(['enforce', 'audit']);
/** `fail-on-severity`, `misconfig-fail-on-severity` (inputs) and the file's `fail-on-severity` keys. */
export const THRESHOLD = anyCaseEnum(THRESHOLD_NAMES);
/** `scope` (input) and `vulnerabilities.scope`. */
export const SCOPE = anyCaseEnum(['all', 'introduced']);
/** `signatures` (input), `signatures.mode` and `base-image.signed.mode`. */
export const SIGNATURE_MODE = anyCaseEnum(['required', 'optional', 'off']);
/** `base-image-pinned` (input) and the file's `base-image` rule levels. */
export const RULE_LEVEL = anyCaseEnum(['fail', 'warn', 'off']);

// Inputs only.
export const IMAGE_SOURCE = anyCaseEnum(['registry', 'docker']);
export const POLICY_SOURCE = anyCaseEnum(['base', 'head']);
export const COMMENT = anyCaseEnum(['always', 'on-failure', 'never']);
/** Each entry of the comma-separated `scanners` input. */
export const SCANNER = anyCaseEnum(TRIVY_SCANNERS);
