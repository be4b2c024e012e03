/**
 * What the registry says about the final stage's base image: the digest it is (or would be) pinned to,
 * what its tag points to now, its diff_ids for the platform the image was built for, and newer tags
 * of its line. A fact that could not be read is absent with its reason in `unknown`, so every rule
 * that needs it reports "unknown" naming the problem instead of passing.
 */
import type { ResolvedBaseFacts } from '../../core/model/base-image.js';
import { describeError, GateError } from '../../core/model/errors.js';
import type { RegistryClient } from '../../adapters/registry/index.js';
import { formatReference, parseImageReference, type ImageReference } from '../../core/model/image-reference.js';
import { newerTags } from '../../core/judge/base-image/newer-tags.js';

export interface ResolveBaseOptions {
  /** 1-based line of the FROM, for the facts and every message. */
  line: number;
  /** At most this many newer tags are listed (default 5). */
  maxNewerTags?: number;
  /** At most this many tags are read from the registry (default 2000). */
  tagLimit?: number;
}

const DEFAULT_MAX_NEWER_TAGS = 5;
const DEFAULT_TAG_LIMIT = 2000;

/** `written` is the FROM's image as the Dockerfile wrote it (after ARG substitution): every message names it so. */
export async function resolveBaseFacts(
  client: RegistryClient,
  written: string,
  platform: string,
  options: ResolveBaseOptions,
): Promise<ResolvedBaseFacts> {
  return resolveBasePlatform(client, await resolveBaseLine(client, written, options), platform);
}

/**
 * The facts every platform of the image shares: the base's digest, what its tag points to now and its newer
 * tags. A multi-platform image reads them once, then its platforms' layers with resolveBasePlatform.
 */
export async function resolveBaseLine(client: RegistryClient, written: string, options: ResolveBaseOptions): Promise<ResolvedBaseFacts> {
  const facts: ResolvedBaseFacts = { written, line: options.line, newerTags: [], unknown: {} };
  const where = whereOf(facts);
  const reason = (error: unknown): string => `${where}: ${describeError(error)}`;

  let ref: ImageReference;
  try {
    ref = parseImageReference(written);
  } catch (error) {
    rethrowUnexpected(error);
    const message = reason(error);
    facts.unknown = { reference: message, diffIds: message, current: message, newerTags: message };
    return facts;
  }
  facts.normalized = formatReference(ref);
  const name: ImageReference = { registry: ref.registry, repository: ref.repository };
  // Docker pulls `latest` for a bare name; a digest-only FROM has no tag to follow.
  const tag = ref.tag ?? (ref.digest === undefined ? 'latest' : undefined);
  if (ref.digest !== undefined) facts.pinnedDigest = ref.digest;

  const [current, tags] = await Promise.all([
    tag === undefined ? undefined : settle(client.resolve({ ...name, tag }).then((resolved) => resolved.digest)),
    tag === undefined ? undefined : settle(client.listTags(name, options.tagLimit ?? DEFAULT_TAG_LIMIT)),
  ]);

  if (current === undefined) {
    facts.unknown.current = `${where} names no tag, so there is nothing to compare its digest with; write name:tag@digest`;
  } else if (current.ok) {
    facts.currentDigest = current.value;
  } else {
    facts.unknown.current = reason(current.error);
  }

  if (tags === undefined) {
    facts.unknown.newerTags = `${where} names no tag, so it has no version line`;
  } else if (tags.ok) {
    facts.newerTags = newerTags(tag ?? '', tags.value.tags, options.maxNewerTags ?? DEFAULT_MAX_NEWER_TAGS);
    if (tags.value.truncated) facts.tagsTruncated = true;
  } else {
    facts.unknown.newerTags = reason(tags.error);
  }

  const digest = facts.pinnedDigest ?? facts.currentDigest;
  if (digest !== undefined) facts.digest = digest;
  return facts;
}

/**
 * The line's facts (see resolveBaseLine) with those of one platform added, in a copy: the base's diff_ids for
 * the platform the image was built for, and when the tag's current image for it was created.
 */
export async function resolveBasePlatform(client: RegistryClient, line: ResolvedBaseFacts, platform: string): Promise<ResolvedBaseFacts> {
  const facts: ResolvedBaseFacts = { ...line, newerTags: [...line.newerTags], unknown: { ...line.unknown } };
  if (facts.unknown.reference !== undefined) return facts;
  const where = whereOf(facts);
  const reason = (error: unknown): string => `${where}: ${describeError(error)}`;
  // Parsed already by resolveBaseLine, which records why when it cannot be.
  const ref = parseImageReference(facts.written);
  const name: ImageReference = { registry: ref.registry, repository: ref.repository };
  const digest = facts.digest;

  const [image, created] = await Promise.all([
    // The tag stays in the reference only so that messages show the FROM as written; the digest decides.
    digest === undefined ? undefined : settle(client.pin({ ...ref, digest }, { platform })),
    facts.pinnedDigest !== undefined && facts.currentDigest !== undefined && facts.pinnedDigest !== facts.currentDigest
      ? settle(client.pin({ ...name, digest: facts.currentDigest }, { defaultPlatform: platform }))
      : undefined,
  ]);

  if (image === undefined) {
    facts.unknown.diffIds = facts.unknown.current ?? `${where}: it resolved to no digest`;
  } else if (image.ok) {
    const [selected] = image.value.platforms;
    if (selected) {
      facts.diffIds = selected.config.diffIds;
      facts.platformDigest = selected.digest;
    } else {
      facts.unknown.diffIds = `${where}: the registry listed no ${platform} image`;
    }
  } else {
    facts.unknown.diffIds = reason(image.error);
  }

  if (created?.ok === true) {
    const createdAt = created.value.platforms[0]?.config.created;
    if (createdAt === undefined) {
      facts.unknown.current = `${where}: the image its tag now points to (${facts.currentDigest ?? ''}) has no "created" date in its config`;
    } else {
      facts.createdOfCurrent = createdAt;
    }
  } else if (created?.ok === false) {
    facts.unknown.current = reason(created.error);
  }
  return facts;
}

function whereOf(facts: Pick<ResolvedBaseFacts, 'written' | 'line'>): string {
  return `Base image ${facts.written} (line ${String(facts.line)})`;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: GateError };

/** A registry or input failure becomes a reason; anything else is a bug and is thrown. */
async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    rethrowUnexpected(error);
    return { ok: false, error };
  }
}

function rethrowUnexpected(error: unknown): asserts error is GateError {
  if (!(error instanceof GateError)) throw error;
}
