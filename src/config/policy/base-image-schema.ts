import { z } from 'zod';
import { RULE_LEVEL, SIGNATURE_MODE } from '../enums.js';
import { nonEmpty, oneOfAnyCase } from './schema-helpers.js';
import { identityRuleSchema, keyRuleSchema } from './signatures-schema.js';

/**
 * The `base-image:` section of the policy file. Like the rest of the file: validation only, values
 * as written; buildPolicy maps them to a BaseImagePolicy.
 */

export const UNKNOWN_LEVELS = ['fail', 'warn'] as const;

const level = (title: string, description: string) => RULE_LEVEL.described({ title, description }).optional();

const patterns = (title: string, description: string) =>
  z
    .array(nonEmpty({ title: 'Pattern', description: 'A glob over registry/repository[:tag], e.g. docker.io/library/* or *:latest.' }))
    .optional()
    .meta({ title, description });

export const baseImageSchema = z
  .strictObject({
    pinned: level(
      'Pinned',
      'Every external FROM must name a digest (image@sha256:…); the annotation suggests the digest to pin to. fail, warn or off. Default: warn.',
    ),
    allow: patterns(
      'Allowed bases',
      'Glob patterns over the normalised reference (docker.io/library/node:22): only matching bases are approved. * stays within a path segment, ** crosses them. Empty: every base is allowed.',
    ),
    deny: patterns('Denied bases', 'Glob patterns of bases that fail, e.g. "*:latest". Deny wins over allow.'),
    signed: z
      .strictObject({
        mode: SIGNATURE_MODE.described({
          title: 'Base signature mode',
          description:
            'required: the final base image must be signed by a trusted signer. optional: only reported. off: not checked. Default: required when identities or keys are given, else off.',
        }).optional(),
        identities: z
          .array(identityRuleSchema)
          .optional()
          .meta({ title: 'Trusted base signers', description: "Keyless signers trusted for the base image (e.g. Chainguard's or Docker's)." }),
        keys: z
          .array(keyRuleSchema)
          .refine((keys) => new Set(keys.map((k) => k.name)).size === keys.length, { error: 'two keys have the same name' })
          .optional()
          .meta({ title: 'Trusted base keys', description: 'Public keys whose signatures on the base image are trusted.' }),
      })
      .optional()
      .meta({ title: 'Signed', description: 'Who must have signed the base image; the same rules as signatures: for the image.' }),
    'max-age-days': z.int({ error: 'must be a whole number ≥ 0' }).min(0, { error: 'must be a whole number ≥ 0' }).optional().meta({
      title: 'Maximum age (days)',
      description:
        'A pinned base whose tag now points to a newer digest fails once that newer digest is this many days old. Unset: an outdated base is only reported.',
    }),
    proven: level(
      'Proven',
      "The image's layers must begin with the declared base's layers, and its provenance must not name another base. fail, warn or off. Default: fail.",
    ),
    unknown: oneOfAnyCase(UNKNOWN_LEVELS, {
      title: 'Unchecked rules',
      description: 'What a rule that could not be checked (base not found, no access, platform missing) does: fail (default) or warn.',
    }).optional(),
  })
  .meta({
    title: 'Base image',
    description: "What the base image (the Dockerfile's FROM lines; give the dockerfile input) must be: pinned, approved, signed, current, proven.",
  });

export type BaseImageDocument = z.output<typeof baseImageSchema>;
