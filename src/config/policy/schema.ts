import { z } from 'zod';
import { MODE, SCOPE, THRESHOLD } from '../enums.js';
import { nonEmpty, oneOfAnyCase } from './schema-helpers.js';
import { baseImageSchema } from './base-image-schema.js';
import { signaturesSchema } from './signatures-schema.js';

/**
 * The policy FILE as users write it (kebab-case keys, like dependency-review-action's config).
 * Validation only: values stay as written, and buildPolicy normalises them, so that this schema
 * has no transforms and converts losslessly to policy.schema.json for editors.
 */

export { SEVERITY_NAMES, THRESHOLD_NAMES } from '../enums.js';
export const LICENSE_CATEGORIES = ['forbidden', 'restricted', 'reciprocal', 'notice', 'permissive', 'unencumbered', 'unknown'] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day: 2027-02-30 must not quietly become 2027-03-02. */
export function isCalendarDate(value: string): boolean {
  const parts = DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const count = (severity: string) =>
  z
    .int({ error: 'must be a whole number ≥ 0' })
    .min(0, { error: 'must be a whole number ≥ 0' })
    .optional()
    .meta({
      title: `Allowed ${severity} vulnerabilities`,
      description: `How many ${severity} vulnerabilities may be present before the gate fails. Overrides fail-on-severity for ${severity}.`,
    });

const threshold = (what: string) =>
  THRESHOLD.described({
    title: 'Fail on severity',
    description: `Fail when any ${what} at or above this severity is found. "none" disables the threshold. Case-insensitive.`,
  }).optional();

export const ignoreRuleSchema = z
  .strictObject({
    id: nonEmpty({
      title: 'Finding ID',
      description: 'Vulnerability ID (CVE-…, GHSA-…), misconfiguration ID (DS-0002), secret rule ID or license name. Case-insensitive.',
    }).optional(),
    package: nonEmpty({
      title: 'Package name',
      description: 'Name of the affected package, exactly as Trivy reports it (e.g. openssl, org.springframework:spring-beans).',
    }).optional(),
    path: nonEmpty({
      title: 'Path glob',
      description: 'Glob over the file the finding is in (language package path, secret file, Dockerfile), e.g. "usr/lib/**" or "**/*.jar".',
    }).optional(),
    reason: nonEmpty({
      title: 'Reason',
      description: 'Why this finding is acceptable. Required: it is shown next to every finding the rule ignores.',
    }),
    expires: z
      .string({ error: 'must be a date written YYYY-MM-DD' })
      .refine(isCalendarDate, { error: 'expected a date that exists, written YYYY-MM-DD' })
      .optional()
      .meta({
        title: 'Expires',
        description:
          'YYYY-MM-DD. The rule ignores findings through the end of that day (UTC); afterwards the findings count again and the report lists the rule as expired.',
        pattern: DATE.source,
      }),
  })
  .refine((rule) => rule.id !== undefined || rule.package !== undefined || rule.path !== undefined, {
    error: 'an ignore rule needs at least one of id, package, path',
  })
  .meta({
    title: 'Ignore rule',
    description: 'Findings matching every field given here are reported as ignored and do not fail the gate.',
    anyOf: [{ required: ['id'] }, { required: ['package'] }, { required: ['path'] }],
  });

export const policyFileSchema = z
  .strictObject({
    mode: MODE.described({
      title: 'Mode',
      description: 'enforce: a failing verdict fails the step. audit: the same report, but the step never fails on it.',
    }).optional(),
    vulnerabilities: z
      .strictObject({
        'fail-on-severity': threshold('vulnerability'),
        'max-count': z
          .strictObject({
            critical: count('CRITICAL'),
            high: count('HIGH'),
            medium: count('MEDIUM'),
            low: count('LOW'),
            unknown: count('UNKNOWN'),
          })
          .optional()
          .meta({
            title: 'Maximum count per severity',
            description: 'Per-severity allowance, e.g. { critical: 0, high: 5 }. Takes precedence over fail-on-severity.',
          }),
        'only-fixed': z.boolean().optional().meta({
          title: 'Only fixed',
          description: 'Count only vulnerabilities that have a fixed version (like Trivy --ignore-unfixed). Unfixed ones are still reported.',
        }),
        scope: SCOPE.described({
          title: 'Scope',
          description:
            "all (default): every vulnerability counts. introduced: only those the image's own layers installed count; those inherited from the base image are reported, not counted. Needs the dockerfile input; a vulnerability whose origin is unknown counts.",
        }).optional(),
      })
      .optional()
      .meta({ title: 'Vulnerabilities', description: 'When vulnerabilities fail the gate. Default: fail on HIGH or above.' }),
    secrets: z
      .strictObject({
        fail: z.boolean().optional().meta({ title: 'Fail on secrets', description: 'Fail when any secret is found. Default: true.' }),
      })
      .optional()
      .meta({ title: 'Secrets', description: 'When secrets found in the image fail the gate.' }),
    misconfigurations: z
      .strictObject({ 'fail-on-severity': threshold('failed misconfiguration check') })
      .optional()
      .meta({
        title: 'Misconfigurations',
        description: 'When failed misconfiguration checks (e.g. of the Dockerfile) fail the gate. Default: none.',
      }),
    licenses: z
      .strictObject({
        deny: z
          .array(nonEmpty({ title: 'License', description: 'A license name or SPDX id.' }))
          .optional()
          .meta({
            title: 'Denied licenses',
            description: 'License names or SPDX ids that fail the gate, e.g. [AGPL-3.0, GPL-3.0-only]. Case-insensitive.',
          }),
        'deny-categories': z
          .array(
            oneOfAnyCase(LICENSE_CATEGORIES, {
              title: 'License category',
              description: "One of Trivy's license categories.",
            }),
          )
          .optional()
          .meta({
            title: 'Denied license categories',
            description: `Trivy license categories that fail the gate: ${LICENSE_CATEGORIES.join(', ')}.`,
          }),
      })
      .optional()
      .meta({ title: 'Licenses', description: 'Which licenses fail the gate. Default: none.' }),
    image: z
      .strictObject({
        'forbid-root': z
          .boolean()
          .optional()
          .meta({
            title: 'Forbid root',
            description:
              'Fail unless the image config runs as a numeric uid other than 0, read as container runtimes read it ' +
              '("+0", "-0", "00" are root). An empty User, "root", a user given by name (see allow-named-user) ' +
              'and an image whose user cannot be checked fail.',
          }),
        'allow-named-user': z
          .boolean()
          .optional()
          .meta({
            title: 'Allow named user',
            description:
              'With forbid-root, accept a user given by name (e.g. "app"), trusting the image\'s own /etc/passwd ' +
              'not to map it to uid 0. "root" still fails. Default: false, as Kubernetes refuses runAsNonRoot ' +
              'for a non-numeric user.',
          }),
      })
      .optional()
      .meta({ title: 'Image', description: 'Rules about the image configuration.' }),
    ignore: z
      .array(ignoreRuleSchema)
      .optional()
      .meta({ title: 'Ignore rules', description: 'Accepted findings, each with a reason and optionally an expiry date.' }),
    signatures: signaturesSchema.optional(),
    'base-image': baseImageSchema.optional(),
  })
  .meta({
    title: 'image-gate policy',
    description: 'Policy for the image-gate action and CLI (default path .github/image-gate.yml). Action inputs override it.',
  });

/** The policy file's content, as validated (values as written). */
export type PolicyDocument = z.output<typeof policyFileSchema>;
export type IgnoreRuleDocument = z.output<typeof ignoreRuleSchema>;

/** A validated policy file, with what messages need to point back into it. */
export interface PolicyFile {
  document: PolicyDocument;
  /** 1-based line of each `ignore` entry, in order, for IgnoreRule.origin. */
  ignoreLines: number[];
  /**
   * One entry per `signatures.keys` item, in order, when there are any: its line, and for a key
   * given by `path` the file's text once the loader has read it (buildPolicy does no I/O).
   */
  signatureKeys?: { line: number; pemFromPath?: string }[];
  /** The same for `base-image.signed.keys`. */
  baseImageKeys?: { line: number; pemFromPath?: string }[];
  /** The same for `signatures.certificate-authorities`: each item's line and its files' text once read. */
  certificateAuthorities?: { line: number; rootsPem?: string; intermediatesPem?: string }[];
}
