/**
 * Trust material: which CAs, transparency logs, CT logs and timestamp authorities a signature may chain to.
 * The public-good instance's trusted_root.json ships inside the Action (bundled by esbuild), so verifying
 * needs no network; a private Sigstore or GitHub's own instance comes as a user-supplied file.
 */
import { readFileSync } from 'node:fs';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import publicGoodRoot from '../../assets/trusted_root.public-good.json' with { type: 'json' };
import { configError } from '../core/errors.js';

export interface TrustContext {
  /** Where the trusted root came from, for messages. */
  origin: string;
  material: TrustMaterial;
}

/** The public-good trusted root shipped with the Action, or the trusted_root.json at `path`. Throws a config error naming the file. */
export function loadTrustedRoot(path?: string): TrustContext {
  if (path === undefined) return trustContextFromJSON(publicGoodRoot, 'the public-good Sigstore trusted root shipped with image-gate');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw configError(`Cannot read the trusted root ${path}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  return trustContextFromJSON(json, `trusted root ${path}`);
}

/** Trust material from trusted_root.json content (protobuf JSON). Throws a config error naming `origin`. */
export function trustContextFromJSON(json: unknown, origin: string): TrustContext {
  try {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('not a JSON object');
    const mediaType = (json as { mediaType?: unknown }).mediaType;
    if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
      throw new Error('mediaType is not application/vnd.dev.sigstore.trustedroot…');
    }
    const root = TrustedRoot.fromJSON(json);
    if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0) throw new Error('it lists no certificate authority and no transparency log');
    return { origin, material: toTrustMaterial(root) };
  } catch (error) {
    throw configError(`The ${origin} is not a valid Sigstore trusted root: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}
