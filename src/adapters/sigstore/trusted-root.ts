/**
 * Trust material: which CAs, transparency logs, CT logs and timestamp authorities a signature may chain to.
 * The public-good instance's trusted_root.json ships inside the Action (bundled by esbuild), so verifying
 * needs no network; a private Sigstore or GitHub's own instance comes as a user-supplied file.
 */
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import publicGoodRoot from '../../../assets/trusted_root.public-good.json' with { type: 'json' };
import { INPUT_LIMITS, parseJsonDocument, readInputFileSync } from '../files/index.js';
import { configError, errorMessage } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import { checkTrustedRoot, RootProblem } from './trusted-root-check.js';

export interface TrustContext {
  /** Where the trusted root came from, for messages. */
  origin: string;
  /**
   * Only the root's usable authorities, each with its exact validity window. Verify an entity with
   * `materialFor(material, entity)` (tlog-window.ts), which also holds inclusion proofs to their log's window.
   */
  material: TrustMaterial;
  /** One line per entry of the root left out as unusable (no validity start, a key type we cannot verify with). */
  unusable: readonly string[];
}

/**
 * The public-good trusted root shipped with the Action, or the trusted_root.json at `path`. Throws a config error
 * naming the file; entries left out as unusable are warned about through `logger`.
 */
export function loadTrustedRoot(path?: string, logger?: Logger): TrustContext {
  if (path === undefined) return trustContextFromJSON(publicGoodRoot, 'the public-good Sigstore trusted root shipped with image-gate', logger);
  const bytes = readInputFileSync(path, { what: 'trusted root', maxBytes: INPUT_LIMITS.trustedRoot });
  return trustContextFromJSON(parseJsonDocument(bytes, `trusted root ${path}`), `trusted root ${path}`, logger);
}

/**
 * Trust material from trusted_root.json content (protobuf JSON), the whole root checked first (trusted-root-check.ts).
 * Throws a config error naming `origin` and the entry; warns through `logger` about each entry left out.
 */
export function trustContextFromJSON(json: unknown, origin: string, logger?: Logger): TrustContext {
  let context: TrustContext;
  try {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new RootProblem('not a JSON object');
    const mediaType = (json as { mediaType?: unknown }).mediaType;
    if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
      throw new RootProblem('mediaType is not application/vnd.dev.sigstore.trustedroot…');
    }
    const root = TrustedRoot.fromJSON(json);
    if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0)
      throw new RootProblem('it lists no certificate authority and no transparency log');
    const { usable, unusable } = checkTrustedRoot(root, json as Record<string, unknown>);
    if (usable.certificateAuthorities.length === 0 && usable.tlogs.length === 0) {
      throw new RootProblem(`none of its certificate authorities and transparency logs is usable (${unusable.join('; ')})`);
    }
    context = { origin, material: toTrustMaterial(usable), unusable };
  } catch (error) {
    throw configError(`The ${origin} is not a valid Sigstore trusted root: ${rootProblem(error)}`, error);
  }
  for (const line of context.unusable) logger?.warning(`The ${origin}: ${line}`);
  return context;
}

/**
 * The libraries' messages may quote the file ("Unrecognized enum value <value> for enum …"): only the
 * name of what was wrong is kept, never a value from the file.
 */
function rootProblem(error: unknown): string {
  if (error instanceof RootProblem) return error.message;
  const message = error instanceof Error ? error.message : '';
  const enumName = /^Unrecognized enum value [\s\S]* for enum (\w+)$/.exec(message)?.[1];
  if (enumName !== undefined) return `a field of type ${enumName} has a value that is not one of its names`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = typeof code === 'string' && /^ERR_[A-Z0-9_]+$/.test(code) ? code : error instanceof Error ? error.name : typeof error;
  return `its content does not have the trusted root's shape (${why})`;
}

export interface FreshRootOptions {
  logger: Logger;
  /** Where TUF keeps its metadata between calls. */
  cacheDir: string;
  /** The TUF repository; default Sigstore's public-good CDN. */
  mirrorUrl?: string;
  timeoutMs?: number;
}

const TUF_TIMEOUT_MS = 5_000;

/**
 * The trusted root to verify against: the file the user named, else the public-good root refreshed
 * through TUF (keys rotate; a root shipped months ago may lack the current ones), else — offline, or
 * TUF failing for any reason — the root shipped with the Action. TUF verifies what it downloads
 * against its own signed metadata, so a refreshed root is never less trustworthy than the shipped one.
 */
export async function loadTrustedRootFresh(path: string | undefined, options: FreshRootOptions): Promise<TrustContext> {
  if (path !== undefined) return loadTrustedRoot(path, options.logger);
  const timeoutMs = options.timeoutMs ?? TUF_TIMEOUT_MS;
  try {
    const { getTrustedRoot } = await import('@sigstore/tuf');
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const root = await Promise.race([
        getTrustedRoot({
          cachePath: options.cacheDir,
          ...(options.mirrorUrl !== undefined && { mirrorURL: options.mirrorUrl }),
          timeout: timeoutMs,
          retry: false,
        }),
        deadline,
      ]);
      options.logger.debug('Using the public-good Sigstore trusted root refreshed through TUF');
      return trustContextFromJSON(TrustedRoot.toJSON(root), 'public-good Sigstore trusted root (refreshed through TUF)', options.logger);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    options.logger.debug(`Could not refresh the Sigstore trusted root through TUF (${errorMessage(error)}); using the root shipped with image-gate`);
    return loadTrustedRoot(undefined, options.logger);
  }
}
