import { RULE_LEVEL, SIGNATURE_MODE } from '../enums.js';
import type { BaseImagePolicy } from '../../core/model/base-image.js';
import { configError } from '../../core/model/errors.js';
import { DEFAULT_POLICY } from '../../core/model/policy.js';
import type { SignaturePolicy } from '../../core/model/signatures.js';
import { UNKNOWN_LEVELS } from './base-image-schema.js';
import { identityRule, keyRules, requireTlogByDefault } from './build-signatures.js';
import type { PolicyFile } from './schema.js';

/** The inputs for the base-image policy. Each one given wins over the file. */
export interface BaseImageOverrides {
  baseImagePinned?: BaseImagePolicy['pinned'];
  /** Replaces the file's base-image.allow. */
  baseImageAllow?: string[];
  /** Replaces the file's base-image.deny. */
  baseImageDeny?: string[];
  /** The base's keys too need no transparency-log entry unless they say require-tlog (see SignatureOverrides). */
  insecureIgnoreTlog?: boolean;
}

export function buildBaseImagePolicy(file: PolicyFile | undefined, overrides: BaseImageOverrides, source: string): BaseImagePolicy {
  const doc = file?.document['base-image'] ?? {};
  const defaults = DEFAULT_POLICY.baseImage;
  const signed = doc.signed ?? {};
  const identities = (signed.identities ?? []).map(identityRule);
  const keys = keyRules(signed.keys ?? [], file?.baseImageKeys, 'base-image.signed.keys', source, requireTlogByDefault(overrides));
  const mode =
    oneOf(signed.mode, SIGNATURE_MODE.names, 'base-image.signed.mode', source) ?? (identities.length > 0 || keys.length > 0 ? 'required' : 'off');
  if (mode === 'required' && identities.length === 0 && keys.length === 0) {
    throw configError(
      `${source}: base-image.signed.mode is required, but no trusted identities or keys are given, so no signature on the base could be trusted`,
    );
  }
  const maxAgeDays = doc['max-age-days'];
  return {
    pinned: overrides.baseImagePinned ?? oneOf(doc.pinned, RULE_LEVEL.names, 'base-image.pinned', source) ?? defaults.pinned,
    allow: [...(overrides.baseImageAllow ?? doc.allow ?? defaults.allow)],
    deny: [...(overrides.baseImageDeny ?? doc.deny ?? defaults.deny)],
    signed: { mode: mode satisfies SignaturePolicy['mode'], identities, keys },
    ...(maxAgeDays !== undefined && { maxAgeDays }),
    proven: oneOf(doc.proven, RULE_LEVEL.names, 'base-image.proven', source) ?? defaults.proven,
    unknown: oneOf(doc.unknown, UNKNOWN_LEVELS, 'base-image.unknown', source) ?? defaults.unknown,
  };
}

// The schema has validated these values; the check only keeps the types honest.
function oneOf<T extends string>(value: string | undefined, names: readonly T[], key: string, source: string): T | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  const known = names.find((name) => name === lower);
  if (known === undefined) throw configError(`${source}: ${key} "${value}" is not one of ${names.join(', ')}`);
  return known;
}
