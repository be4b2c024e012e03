import { createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { patternProblem } from '../../core/judge/signature-gate.js';
import { EVIDENCE_SOURCES } from '../../core/model/signatures.js';
import { SLSA_PROVENANCE_TYPES } from '../../core/judge/slsa.js';
import { SIGNATURE_MODE } from '../enums.js';
import { nonEmpty } from './schema-helpers.js';
import { errorMessage } from '../../core/model/errors.js';

/**
 * The `signatures:` section of the policy file. Like the rest of the file: validation only, values
 * as written; buildPolicy maps them to a SignaturePolicy.
 */

const regexp = (meta: { title: string; description: string }) =>
  z
    .string()
    .check((ctx) => {
      if (ctx.value.trim() === '') {
        ctx.issues.push({ code: 'custom', message: 'must not be empty', input: ctx.value });
        return;
      }
      const problem = patternProblem(ctx.value);
      if (problem !== undefined) {
        ctx.issues.push({ code: 'custom', message: `expected a regular expression that compiles on its own (${problem})`, input: ctx.value });
      }
    })
    .meta({ ...meta, pattern: '\\S' });

/** One of two keys, not both and not neither: editors see it as oneOf, the gate as a refinement. */
function exactlyOne(a: string, b: string) {
  return {
    check: (value: Record<string, unknown>) => (value[a] !== undefined) !== (value[b] !== undefined),
    error: `give exactly one of ${a}, ${b}`,
    json: { oneOf: [{ required: [a] }, { required: [b] }] },
  };
}

const ISSUER = exactlyOne('issuer', 'issuer-regexp');
const IDENTITY = exactlyOne('identity', 'identity-regexp');

export const identityRuleSchema = z
  .strictObject({
    issuer: nonEmpty({
      title: 'OIDC issuer',
      description:
        'The OIDC issuer in the signing certificate, exactly, e.g. https://token.actions.githubusercontent.com (like cosign --certificate-oidc-issuer).',
    }).optional(),
    'issuer-regexp': regexp({
      title: 'OIDC issuer pattern',
      description: 'A regular expression the whole issuer must match; always anchored (^…$).',
    }).optional(),
    identity: nonEmpty({
      title: 'Certificate identity',
      description:
        "The signing certificate's identity (subject alternative name: an e-mail or a workflow URI), exactly (like cosign --certificate-identity).",
    }).optional(),
    'identity-regexp': regexp({
      title: 'Certificate identity pattern',
      description:
        'A regular expression the whole identity must match; always anchored (^…$), so escape dots: https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.*',
    }).optional(),
    github: z
      .strictObject({
        repository: nonEmpty({
          title: 'Repository',
          description: 'The repository whose workflow signed, owner/name, e.g. acme/app (Fulcio extension).',
        }).optional(),
        'workflow-ref': nonEmpty({
          title: 'Workflow ref',
          description: 'The ref the workflow ran for, e.g. refs/heads/main or refs/tags/v1.2.0 (Fulcio extension "Source Repository Ref").',
        }).optional(),
        trigger: nonEmpty({
          title: 'Trigger',
          description: 'The event that started the workflow, e.g. push, release, workflow_dispatch (Fulcio extension).',
        }).optional(),
        'runner-environment': nonEmpty({
          title: 'Runner environment',
          description: 'github-hosted to refuse signatures made on self-hosted runners (Fulcio extension).',
        }).optional(),
      })
      .optional()
      .meta({
        title: 'GitHub workflow claims',
        description: "Claims from the signing certificate's GitHub extensions; every one given must match exactly.",
      }),
  })
  .refine(ISSUER.check, { error: ISSUER.error })
  .refine(IDENTITY.check, { error: IDENTITY.error })
  .meta({
    title: 'Trusted signer',
    description: 'A keyless (Fulcio certificate) signer. Needs an issuer and an identity (exact or pattern); every field given must match.',
    allOf: [ISSUER.json, IDENTITY.json],
  });

const SUPPORTED_KEYS = 'ECDSA P-256/P-384, Ed25519 or RSA';

/** Whether the text is one public key of a kind Sigstore verifies with; the reason when not. */
export function publicKeyProblem(pem: string): string | undefined {
  if (!pem.includes('-----BEGIN PUBLIC KEY-----')) return 'is not a PEM public key (-----BEGIN PUBLIC KEY-----)';
  try {
    const key = createPublicKey({ key: pem, format: 'pem' });
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (type === 'ed25519' || type === 'rsa') return undefined;
    if (type === 'ec' && (curve === 'prime256v1' || curve === 'secp384r1')) return undefined;
    return `is a key of type ${type ?? 'unknown'}${curve === undefined ? '' : ` ${curve}`}; supported: ${SUPPORTED_KEYS}`;
  } catch (error) {
    return `is not a valid public key (${errorMessage(error)})`;
  }
}

export const keyRuleSchema = z
  .strictObject({
    name: nonEmpty({ title: 'Key name', description: 'A name for the key, shown in the report as the signer.' }),
    path: nonEmpty({
      title: 'Key file',
      description: 'Path of a PEM public key file, relative to the working directory (the repository root in a workflow).',
    }).optional(),
    pem: z
      .string()
      .check((ctx) => {
        const problem = publicKeyProblem(ctx.value);
        if (problem !== undefined) ctx.issues.push({ code: 'custom', message: `the key ${problem}`, input: ctx.value });
      })
      .optional()
      .meta({
        title: 'Key (PEM)',
        description: `The public key itself, PEM (-----BEGIN PUBLIC KEY-----): ${SUPPORTED_KEYS}.`,
        pattern: '-----BEGIN PUBLIC KEY-----',
      }),
    'require-tlog': z.boolean().optional().meta({
      title: 'Require a transparency-log entry',
      description:
        'Accept signatures made with this key only when they are in the transparency log (Rekor), as cosign does. Default: true, or false when the insecure-ignore-tlog input (--insecure-ignore-tlog) is set; a value given here wins over that input. false is cosign --insecure-ignore-tlog for this key.',
    }),
  })
  .refine(exactlyOne('path', 'pem').check, { error: exactlyOne('path', 'pem').error })
  .meta({
    title: 'Trusted key',
    description: `A public key whose signatures are trusted (${SUPPORTED_KEYS}). Give path or pem.`,
    oneOf: exactlyOne('path', 'pem').json.oneOf,
  });

export const certificateAuthoritySchema = z
  .strictObject({
    name: nonEmpty({ title: 'CA name', description: 'A name for the certificate authority, shown in messages.' }),
    roots: nonEmpty({
      title: 'Root certificates',
      description:
        "Path of a PEM file with the CA's root certificate(s), the only trust anchors (like cosign --ca-roots). Relative to the working directory; on a pull request read from the base branch.",
    }),
    intermediates: nonEmpty({
      title: 'Intermediate certificates',
      description:
        'Path of a PEM file with intermediate CA certificates that link a signing certificate to a root (like cosign --ca-intermediates). Without it, the intermediates a signature carries are used, never its root.',
    }).optional(),
    'require-sct': z.boolean().optional().meta({
      title: 'Require an SCT',
      description:
        'Accept a certificate only with an SCT from a CT log of the trusted root, as cosign does. false for a CA that logs to no CT log (like cosign --insecure-ignore-sct). Default: true.',
    }),
    'require-tlog': z.boolean().optional().meta({
      title: 'Require a transparency-log entry',
      description:
        'Accept a signature only with an entry in a transparency log of the trusted root, as cosign does. false to do without (like cosign --insecure-ignore-tlog): the certificate must then be valid when checked, unless a trusted timestamp says when it signed. Default: true.',
    }),
  })
  .meta({
    title: 'Private certificate authority',
    description:
      'A CA whose certificates sign images instead of Fulcio (cosign --ca-roots). The identities above still say whose certificate is trusted.',
  });

const PREDICATE_TYPE = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

export const attestationRuleSchema = z
  .strictObject({
    'predicate-type': z.string().regex(PREDICATE_TYPE, { error: 'expected a URI, e.g. https://slsa.dev/provenance/v1' }).meta({
      title: 'Predicate type',
      description: 'The in-toto predicate type, exactly, e.g. https://slsa.dev/provenance/v1, https://spdx.dev/Document, https://cyclonedx.org/bom.',
      pattern: PREDICATE_TYPE.source,
    }),
    required: z.boolean().optional().meta({
      title: 'Required',
      description: 'true (default): a missing or unverified attestation fails the gate (in signature mode required). false: only reported.',
    }),
    slsa: z
      .strictObject({
        'builder-id': nonEmpty({
          title: 'Builder id',
          description:
            'The provenance builder id, e.g. https://github.com/actions/runner/github-hosted. Without "@…" it matches that builder at any version.',
        }).optional(),
        'source-repository': nonEmpty({
          title: 'Source repository',
          description: 'The repository built from, e.g. https://github.com/acme/app (git+ prefix and .git suffix are ignored).',
        }).optional(),
        'source-ref': nonEmpty({
          title: 'Source ref',
          description: 'The full ref built from, exactly, e.g. refs/heads/main or refs/tags/v1.2.0.',
        }).optional(),
      })
      .optional()
      .meta({
        title: 'SLSA provenance conditions',
        description: `Conditions on SLSA provenance (predicate types ${SLSA_PROVENANCE_TYPES.join(', ')}); every one given must match.`,
      }),
  })
  .refine((rule) => rule.slsa === undefined || SLSA_PROVENANCE_TYPES.includes(rule['predicate-type']), {
    error: `slsa conditions need an SLSA provenance predicate type (${SLSA_PROVENANCE_TYPES.join(', ')})`,
  })
  .meta({
    title: 'Required attestation',
    description: 'An attestation the image must carry, signed by a trusted signer (an identity or key above).',
  });

export const signaturesSchema = z
  .strictObject({
    mode: SIGNATURE_MODE.described({
      title: 'Signature mode',
      description:
        'required: the image must be signed by a trusted signer and carry the required attestations. optional: only reported. off: not checked. Default: required when identities or keys are given, else off.',
    }).optional(),
    sources: z
      .array(z.enum(EVIDENCE_SOURCES).meta({ title: 'Source', description: 'A place signatures are stored.' }))
      .min(1, { error: 'must list at least one source' })
      .refine((list) => new Set(list).size === list.length, { error: 'lists a source twice' })
      .optional()
      .meta({
        title: 'Sources',
        description:
          'Where to look: referrers (OCI 1.1 referrers and their fallback tag), cosign-tags (sha256-….sig/.att), github-attestations (GitHub attestations API). Default: all three.',
        uniqueItems: true,
      }),
    'trusted-root': nonEmpty({
      title: 'Trusted root',
      description:
        "A Sigstore trusted_root.json (private Sigstore, GitHub's instance for private repositories). Default: the public-good root shipped with the Action.",
    }).optional(),
    identities: z
      .array(identityRuleSchema)
      .optional()
      .meta({ title: 'Trusted signers', description: 'Keyless signers whose signatures are trusted; a signature must match one.' }),
    keys: z
      .array(keyRuleSchema)
      .refine((keys) => new Set(keys.map((k) => k.name)).size === keys.length, { error: 'two keys have the same name' })
      .optional()
      .meta({ title: 'Trusted keys', description: 'Public keys whose signatures are trusted.' }),
    'certificate-authorities': z
      .array(certificateAuthoritySchema)
      .min(1, { error: 'must list at least one certificate authority' })
      .refine((list) => new Set(list.map((ca) => ca.name)).size === list.length, { error: 'two certificate authorities have the same name' })
      .optional()
      .meta({
        title: 'Private certificate authorities',
        description:
          "Certificate authorities of a private PKI. Given any, a signing certificate must chain to one of them, and the trusted root's CAs (Fulcio) are not used.",
      }),
    attestations: z
      .array(attestationRuleSchema)
      .optional()
      .meta({ title: 'Required attestations', description: 'Attestations the image must carry, by predicate type.' }),
    'per-platform': z.boolean().optional().meta({
      title: 'Check every platform',
      description:
        'true: for a multi-platform image (an index), every platform manifest must also be signed and carry the required attestations, each for its own digest. false (default): only the pinned digest is checked.',
    }),
  })
  .meta({
    title: 'Signatures',
    description: 'Who must have signed the image (Sigstore, keyless or with a key) and which attestations it must carry.',
  });

export type SignaturesDocument = z.output<typeof signaturesSchema>;
