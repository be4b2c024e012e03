/**
 * BuildKit's own SLSA provenance, stored in the image index as an "attestation manifest" per platform
 * (https://docs.docker.com/build/metadata/attestations/attestation-storage/): an index entry annotated
 * `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest: <platform manifest>`,
 * whose layers are in-toto statements (`application/vnd.in-toto+json`) annotated with their
 * `in-toto.io/predicate-type`. Nothing signs them, so they are witnesses that can only contradict.
 * Reading them never throws: whatever goes wrong is logged and the statement is left out.
 */
import type { Logger } from '../../core/model/logger.js';
import { isSlsaProvenance } from '../../core/judge/slsa.js';
import type { Descriptor, FetchedManifest } from '../../adapters/registry/index.js';
import { repositoryName, type ImageReference } from '../../core/model/image-reference.js';
import { errorMessage } from '../../core/model/errors.js';

export const REFERENCE_TYPE_KEY = 'vnd.docker.reference.type';
export const REFERENCE_DIGEST_KEY = 'vnd.docker.reference.digest';
export const PREDICATE_TYPE_KEY = 'in-toto.io/predicate-type';
export const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** BuildKit's provenance of a large build (mode=max) is tens of kilobytes; far more is not provenance. */
export const STATEMENT_MAX_BYTES = 4 * 1024 * 1024;

/** One unsigned provenance predicate, and where it was read from (for messages). */
export interface UnsignedProvenance {
  predicateType: string;
  predicate: unknown;
  /** The blob's digest. */
  source: string;
}

/** The registry calls the loader needs: RegistryClient fits as it is. */
export interface AttestationRegistry {
  getManifest(ref: ImageReference, digest: string): Promise<FetchedManifest>;
  getBlob(ref: ImageReference, digest: string, maxBytes: number): Promise<Buffer>;
}

export interface BuildKitImage {
  client: AttestationRegistry;
  parsed: ImageReference;
  /** The digest the image was pinned to: an index when BuildKit stored attestations in it. */
  indexDigest: string;
  /** The judged platform's manifest digest. */
  platformDigest: string;
}

/** The attestation manifest entry of the index for that platform manifest, if BuildKit wrote one. */
export function attestationManifestFor(entries: readonly Descriptor[], platformDigest: string): Descriptor | undefined {
  return entries.find(
    (entry) => entry.annotations?.[REFERENCE_TYPE_KEY] === 'attestation-manifest' && entry.annotations[REFERENCE_DIGEST_KEY] === platformDigest,
  );
}

/** The attestation manifest's layers that claim to be SLSA provenance (v1 or v0.2) statements. */
export function provenanceLayers(layers: readonly Descriptor[]): Descriptor[] {
  return layers.filter((layer) => layer.mediaType === IN_TOTO_MEDIA_TYPE && isSlsaProvenance(layer.annotations?.[PREDICATE_TYPE_KEY]));
}

/**
 * An in-toto statement's SLSA provenance predicate, or the reason it is not usable: not JSON, not a
 * statement, not SLSA provenance, or not about the platform manifest (its subject must name that digest).
 */
export function parseProvenanceStatement(bytes: Buffer, platformDigest: string): { predicateType: string; predicate: unknown } | { problem: string } {
  let statement: unknown;
  try {
    statement = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { problem: 'is not JSON' };
  }
  if (!isRecord(statement)) return { problem: 'is not an in-toto statement' };
  const predicateType = statement.predicateType;
  if (typeof predicateType !== 'string' || !isSlsaProvenance(predicateType)) {
    return { problem: `has predicate type ${typeof predicateType === 'string' ? predicateType : '(none)'}, not SLSA provenance v1 or v0.2` };
  }
  if (!Object.hasOwn(statement, 'predicate') || !isRecord(statement.predicate)) return { problem: 'has no predicate' };
  const [algorithm = '', hex = ''] = platformDigest.split(':');
  const subjects: unknown[] = Array.isArray(statement.subject) ? (statement.subject as unknown[]) : [];
  const about = subjects.some((subject) => {
    const digest = isRecord(subject) && isRecord(subject.digest) ? subject.digest : undefined;
    const value = digest !== undefined && Object.hasOwn(digest, algorithm) ? digest[algorithm] : undefined;
    return typeof value === 'string' && value.toLowerCase() === hex;
  });
  if (!about) return { problem: `does not name ${platformDigest} as its subject` };
  return { predicateType, predicate: statement.predicate };
}

/**
 * BuildKit's SLSA provenance statements about the platform image, read from the pinned index and
 * verified against their digests; [] when there are none or they cannot be read (which is logged).
 */
export async function loadBuildKitProvenance(image: BuildKitImage, logger: Logger): Promise<UnsignedProvenance[]> {
  if (image.indexDigest === image.platformDigest) return [];
  const where = `${repositoryName(image.parsed)}@${image.indexDigest}`;
  let attestation: Descriptor | undefined;
  try {
    const index = await image.client.getManifest(image.parsed, image.indexDigest);
    if (index.manifest.kind !== 'index') return [];
    attestation = attestationManifestFor(index.manifest.manifests, image.platformDigest);
    if (attestation === undefined) {
      logger.debug(`No BuildKit attestation manifest for ${image.platformDigest} in ${where}`);
      return [];
    }
    const fetched = await image.client.getManifest(image.parsed, attestation.digest);
    if (fetched.manifest.kind !== 'manifest') {
      logger.info(`BuildKit's attestation manifest ${attestation.digest} in ${where} is an index, not a manifest; its provenance is not read`);
      return [];
    }
    const found: UnsignedProvenance[] = [];
    for (const layer of provenanceLayers(fetched.manifest.layers)) {
      const statement = await readStatement(image, layer, logger);
      if (statement !== undefined) found.push(statement);
    }
    logger.debug(`BuildKit attestation manifest ${attestation.digest} in ${where}: ${String(found.length)} SLSA provenance statement(s)`);
    return found;
  } catch (error) {
    logger.info(`BuildKit's provenance in ${where} could not be read: ${errorMessage(error)}`);
    return [];
  }
}

async function readStatement(image: BuildKitImage, layer: Descriptor, logger: Logger): Promise<UnsignedProvenance | undefined> {
  const what = `BuildKit provenance ${layer.digest} of ${repositoryName(image.parsed)}`;
  if (layer.size > STATEMENT_MAX_BYTES) {
    logger.info(`${what} is ${String(layer.size)} bytes; the limit is ${String(STATEMENT_MAX_BYTES)}, so it is not read`);
    return undefined;
  }
  const bytes = await image.client.getBlob(image.parsed, layer.digest, STATEMENT_MAX_BYTES);
  const parsed = parseProvenanceStatement(bytes, image.platformDigest);
  if ('problem' in parsed) {
    logger.info(`${what} ${parsed.problem}; it is not used`);
    return undefined;
  }
  return { ...parsed, source: layer.digest };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
