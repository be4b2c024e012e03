/**
 * cosign's legacy storage: the tags `sha256-<hex>.sig` (simple-signing payloads, one layer per
 * signature) and `sha256-<hex>.att` (DSSE envelopes), with the signature material in layer annotations.
 */
import { describeError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import type { Evidence } from '../../core/model/signatures.js';
import type { Descriptor, RegistryClient } from '../../adapters/registry/index.js';
import { repositoryName, type ImageReference } from '../../core/model/image-reference.js';
import { cosignTag, type DiscoveryLimits, type Found } from './found.js';

export const COSIGN_LAYER_MEDIA_TYPE = {
  sig: 'application/vnd.dev.cosign.simplesigning.v1+json',
  att: 'application/vnd.dsse.envelope.v1+json',
} as const;

type Suffix = keyof typeof COSIGN_LAYER_MEDIA_TYPE;

async function readLayer(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  tag: string,
  index: number,
  layer: Descriptor,
  limits: DiscoveryLimits,
): Promise<Evidence | string> {
  const suffix = tag.endsWith('.att') ? 'att' : 'sig';
  const name = `tag ${tag}, layer ${index}`;
  const expected = COSIGN_LAYER_MEDIA_TYPE[suffix];
  if (layer.mediaType !== expected) {
    return `${repositoryName(ref)} ${name} has media type "${layer.mediaType}", not ${expected}; ignored`;
  }
  if (layer.size > limits.maxBlobBytes) {
    return `${repositoryName(ref)} ${name} is ${layer.size} bytes, over the ${limits.maxBlobBytes}-byte limit; not downloaded`;
  }
  const payload = await client.getBlob(ref, layer.digest, layer.size);
  if (payload.length !== layer.size) {
    return `${repositoryName(ref)} ${name} is ${payload.length} bytes but the manifest says ${layer.size}`;
  }
  return {
    source: 'cosign-tags',
    location: `${repositoryName(ref)} ${name}`,
    subjectDigest: digest,
    form: { kind: 'cosign-layer', payload, mediaType: layer.mediaType, annotations: layer.annotations ?? {} },
  };
}

async function readTag(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  suffix: Suffix,
  limits: DiscoveryLimits,
  logger: Logger,
): Promise<Found> {
  const found: Found = { evidence: [], problems: [] };
  const tag = cosignTag(digest, suffix);
  const where = `${repositoryName(ref)}:${tag}`;
  let fetched;
  try {
    fetched = await client.getManifestIfPresent(ref, tag);
  } catch (error) {
    found.problems.push(`Could not read cosign tag ${where}: ${describeError(error)}`);
    return found;
  }
  if (!fetched) {
    logger.debug(`No cosign tag ${where}`);
    return found;
  }
  const manifest = fetched.manifest;
  if (manifest.kind !== 'manifest') {
    found.problems.push(`cosign tag ${where} is an index, not an image manifest; ignored`);
    return found;
  }
  if (manifest.layers.length === 0) {
    found.problems.push(`cosign tag ${where} has no layers, so no ${suffix === 'sig' ? 'signatures' : 'attestations'}`);
    return found;
  }
  let layers = manifest.layers;
  if (layers.length > limits.maxCosignLayers) {
    found.problems.push(`cosign tag ${where} has ${layers.length} layers; only the first ${limits.maxCosignLayers} were looked at`);
    layers = layers.slice(0, limits.maxCosignLayers);
  }
  const outcomes = await Promise.allSettled(layers.map((layer, index) => readLayer(client, ref, digest, tag, index, layer, limits)));
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'rejected') found.problems.push(`Could not read ${where} layer ${index}: ${describeError(outcome.reason)}`);
    else if (typeof outcome.value === 'string') found.problems.push(outcome.value);
    else found.evidence.push(outcome.value);
  });
  return found;
}

/** Both tags; a tag that does not exist is simply no evidence. */
export async function discoverCosignTags(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  limits: DiscoveryLimits,
  logger: Logger,
): Promise<Found> {
  const [sig, att] = await Promise.all([readTag(client, ref, digest, 'sig', limits, logger), readTag(client, ref, digest, 'att', limits, logger)]);
  return { evidence: [...sig.evidence, ...att.evidence], problems: [...sig.problems, ...att.problems] };
}
