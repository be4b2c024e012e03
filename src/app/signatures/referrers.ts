/**
 * Sigstore bundles attached to an image as OCI referrers (cosign v3, GitHub's attest actions): through
 * the OCI 1.1 referrers API, or, on registries without it, the `sha256-<hex>` tag index that lists them.
 */
import { describeError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import type { Evidence } from '../../core/model/signatures.js';
import type { Descriptor, RegistryClient } from '../../adapters/registry/index.js';
import { repositoryName, type ImageReference } from '../../core/model/image-reference.js';
import { referrersFallbackTag, type DiscoveryLimits, type Found } from './found.js';

type Via = 'OCI referrers API' | `fallback tag ${string}`;

/** Lists the referrers through the API, or the fallback tag when the registry has no API. */
async function listReferrers(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  limits: DiscoveryLimits,
  problems: string[],
): Promise<{ descriptors: Descriptor[]; via: Via } | undefined> {
  const fromApi = await client.getReferrers(ref, digest, limits.maxReferrers);
  if (fromApi) {
    if (fromApi.truncated) problems.push(tooMany(ref, digest, limits));
    return { descriptors: fromApi.manifests, via: 'OCI referrers API' };
  }
  const tag = referrersFallbackTag(digest);
  const index = await client.getManifestIfPresent(ref, tag);
  if (!index) return undefined;
  if (index.manifest.kind !== 'index') {
    problems.push(`The referrers tag ${repositoryName(ref)}:${tag} is an image manifest, not an index; no referrers read from it`);
    return undefined;
  }
  let descriptors = index.manifest.manifests;
  if (descriptors.length > limits.maxReferrers) {
    problems.push(tooMany(ref, digest, limits));
    descriptors = descriptors.slice(0, limits.maxReferrers);
  }
  return { descriptors, via: `fallback tag ${tag}` };
}

function tooMany(ref: ImageReference, digest: string, limits: DiscoveryLimits): string {
  return `${repositoryName(ref)}@${digest} has more than ${limits.maxReferrers} referrers; only the first ${limits.maxReferrers} were looked at`;
}

/** One referrer: its manifest must name our image as its subject, and its one layer is the bundle. */
async function readReferrer(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  descriptor: Descriptor,
  via: Via,
  limits: DiscoveryLimits,
): Promise<Evidence | string> {
  const name = `referrer ${repositoryName(ref)}@${descriptor.digest} (${via})`;
  const fetched = await client.getManifest(ref, descriptor.digest);
  const manifest = fetched.manifest;
  if (manifest.kind !== 'manifest') return `${name} is an index, not an artifact manifest; skipped`;
  // A tag index is writable by anyone who can push, so its listing proves nothing about the subject.
  if (manifest.subject?.digest !== digest) {
    const claimed = manifest.subject ? `is about ${manifest.subject.digest}` : 'names no subject';
    return `${name} ${claimed}, not ${digest}; ignored`;
  }
  if (manifest.layers.length !== 1) {
    return `${name} has ${manifest.layers.length} layers; a Sigstore bundle artifact has exactly one`;
  }
  const layer = manifest.layers[0] as Descriptor;
  if (layer.size > limits.maxBlobBytes) {
    return `${name}: its layer is ${layer.size} bytes, over the ${limits.maxBlobBytes}-byte limit; not downloaded`;
  }
  // The declared size is the cap, so a registry that sends more than the manifest promised is cut off.
  const bytes = await client.getBlob(ref, layer.digest, layer.size);
  if (bytes.length !== layer.size) {
    return `${name}: its layer is ${bytes.length} bytes but the manifest says ${layer.size}`;
  }
  return {
    source: 'referrers',
    location: `${repositoryName(ref)}@${descriptor.digest} (referrer, ${via})`,
    subjectDigest: digest,
    form: { kind: 'bundle', bytes, mediaType: layer.mediaType },
  };
}

export async function discoverReferrers(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  limits: DiscoveryLimits,
  logger: Logger,
): Promise<Found> {
  const found: Found = { evidence: [], problems: [] };
  let listing: Awaited<ReturnType<typeof listReferrers>>;
  try {
    listing = await listReferrers(client, ref, digest, limits, found.problems);
  } catch (error) {
    found.problems.push(`Could not list the referrers of ${repositoryName(ref)}@${digest}: ${describeError(error)}`);
    return found;
  }
  if (!listing) {
    logger.debug(`No referrers for ${repositoryName(ref)}@${digest}`);
    return found;
  }
  // At once: the limits cap how many there are, and each is a round trip the next need not wait for.
  const { via, descriptors } = listing;
  const outcomes = await Promise.allSettled(descriptors.map((descriptor) => readReferrer(client, ref, digest, descriptor, via, limits)));
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'rejected') {
      found.problems.push(`Could not read referrer ${repositoryName(ref)}@${descriptors[index]?.digest ?? '?'}: ${describeError(outcome.reason)}`);
    } else if (typeof outcome.value === 'string') found.problems.push(outcome.value);
    else found.evidence.push(outcome.value);
  });
  return found;
}
