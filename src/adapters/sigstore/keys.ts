/** Trusted public keys from the policy, parsed once and named by the sha256 of their DER SubjectPublicKeyInfo. */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { configError } from '../../core/model/errors.js';
import type { PublicKeyRule } from '../../core/model/signatures.js';
import type { Rejection } from './rejection.js';

export interface TrustedKey {
  rule: PublicKeyRule;
  key: KeyObject;
  /** hex sha256 of the DER SPKI. */
  keyId: string;
}

const SUPPORTED = 'ECDSA P-256/P-384, Ed25519 or RSA';
const parsed = new WeakMap<PublicKeyRule, TrustedKey>();

/** Parses every rule; a key that is not a supported public key is a config error naming the rule. */
export function parsePublicKeyRules(rules: readonly PublicKeyRule[]): TrustedKey[] {
  return rules.map(parsePublicKeyRule);
}

export function parsePublicKeyRule(rule: PublicKeyRule): TrustedKey {
  const cached = parsed.get(rule);
  if (cached) return cached;
  let key: KeyObject;
  try {
    key = createPublicKey(rule.pem);
  } catch (error) {
    throw configError(`Public key "${rule.name}" is not a PEM public key (${SUPPORTED})`, error);
  }
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const supported = type === 'ed25519' || type === 'rsa' || (type === 'ec' && (curve === 'prime256v1' || curve === 'secp384r1'));
  if (!supported)
    throw configError(`Public key "${rule.name}" is ${type ?? 'of unknown type'}${curve ? ` (${curve})` : ''}; supported: ${SUPPORTED}`);
  const trusted = { rule, key, keyId: keyIdOf(key) };
  parsed.set(rule, trusted);
  return trusted;
}

export function keyIdOf(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ format: 'der', type: 'spki' }))
    .digest('hex');
}

/** A signature by a trusted key that is in no transparency log, when the key's rule requires one (the default, as in cosign). */
export function missingTlogEntry(rule: PublicKeyRule): Rejection {
  return {
    code: 'no-tlog-entry',
    message:
      `signed with the trusted key "${rule.name}", but it has no transparency-log entry, which cosign requires too; ` +
      'to accept key signatures without one, set insecure-ignore-tlog (the input, or --insecure-ignore-tlog) or require-tlog: false on the policy key',
  };
}
