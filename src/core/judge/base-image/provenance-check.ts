/**
 * The `provenance` rule: what else says which base the image was built on must not contradict the
 * Dockerfile. Two witnesses: the image dependencies of verified SLSA provenance (v1
 * resolvedDependencies, v0.2 materials) and the OCI `org.opencontainers.image.base.name/digest`
 * labels or annotations. Pure.
 *
 * BuildKit's provenance from the image index is a third witness, but unsigned: whoever could push the
 * image could write it. It is judged like the signed one, because a contradiction between it and the
 * Dockerfile is worth failing on either way (a forged one can only make the gate stricter), and its
 * agreement is reported as what it is, the builder's unsigned word, never as proof of the base.
 */
import type { BaseCheck, ResolvedBaseFacts } from '../../model/base-image.js';
import type { EvidenceResult } from '../../model/signatures.js';
import { readSlsaProvenance, type SlsaDependency } from '../slsa.js';
import { isDigest, parseImageReference, repositoryName, type ImageReference } from '../../model/image-reference.js';

export const BASE_NAME_KEY = 'org.opencontainers.image.base.name';
export const BASE_DIGEST_KEY = 'org.opencontainers.image.base.digest';

export interface ProvenanceWitnesses {
  /** The image's attestations; only verified ones are read (EvidenceResult fits as it is). */
  attestations: readonly Pick<EvidenceResult, 'verified' | 'predicateType' | 'predicate'>[];
  /** The image config's labels. */
  labels?: Readonly<Record<string, string>>;
  /** The image manifest's (or index's) annotations. */
  annotations?: Readonly<Record<string, string>>;
  /** Unsigned SLSA provenance, e.g. BuildKit's attestation manifests in the index. */
  unsigned?: readonly { predicateType: string; predicate: unknown }[];
}

type BaseFacts = Pick<ResolvedBaseFacts, 'written' | 'line' | 'digest' | 'pinnedDigest' | 'platformDigest'>;

interface ImageDependency {
  uri: string;
  name?: string;
  digests: string[];
}

export function provenanceCheck(facts: BaseFacts, witnesses: ProvenanceWitnesses): BaseCheck {
  const at = { rule: 'provenance' as const, line: facts.line, image: facts.written };
  const declaredName = nameOf(facts.written);
  const declaredDigests = new Set([facts.digest, facts.pinnedDigest, facts.platformDigest].filter((digest) => digest !== undefined));
  const declared = `${facts.written}${facts.digest !== undefined && !facts.written.includes('@') ? ` (${facts.digest})` : ''}`;
  const contradictions: string[] = [];
  const unknowns: string[] = [];
  const agreeing: string[] = [];

  const signed = witnesses.attestations.filter((attestation) => attestation.verified);
  for (const [witness, statements] of [
    ['the provenance', signed],
    ['the BuildKit provenance (unsigned)', witnesses.unsigned ?? []],
  ] as const) {
    const dependencies = statements
      .flatMap((statement) => readSlsaProvenance(statement.predicateType, statement.predicate)?.dependencies ?? [])
      .map(imageDependency)
      .filter((dependency) => dependency !== undefined);
    if (dependencies.length === 0) continue;
    const sameDigest = dependencies.filter((dependency) => dependency.digests.some((digest) => declaredDigests.has(digest)));
    const sameName = dependencies.filter((dependency) => declaredName !== undefined && dependency.name === declaredName);
    if (sameDigest.length > 0) {
      agreeing.push(`${witness} names it (${sameDigest[0]?.uri ?? ''})`);
    } else if (declaredDigests.size === 0) {
      unknowns.push(`${witness} names ${list(dependencies)}, but the base's digest is not known to compare`);
    } else if (sameName.length > 0) {
      contradictions.push(`${witness} names ${list(sameName)}, another digest of that image`);
    } else {
      contradictions.push(`${witness} names ${list(dependencies)}, not this base`);
    }
  }

  for (const [source, values] of [
    ['label', witnesses.labels],
    ['annotation', witnesses.annotations],
  ] as const) {
    const baseDigest = values?.[BASE_DIGEST_KEY];
    if (baseDigest !== undefined) {
      const where = `its ${source} ${BASE_DIGEST_KEY}=${baseDigest}`;
      if (declaredDigests.size === 0) unknowns.push(`${where} cannot be compared: the base's digest is not known`);
      else if (declaredDigests.has(baseDigest)) agreeing.push(where);
      else contradictions.push(`${where} names another base`);
    }
    const baseName = values?.[BASE_NAME_KEY];
    if (baseName !== undefined) {
      const where = `its ${source} ${BASE_NAME_KEY}=${baseName}`;
      const named = nameOf(baseName);
      if (named === undefined) unknowns.push(`${where} is not an image reference`);
      else if (declaredName === undefined) unknowns.push(`${where} cannot be compared: ${facts.written} is not an image reference`);
      else if (named === declaredName) agreeing.push(where);
      else contradictions.push(`${where} names another base`);
    }
  }

  if (contradictions.length > 0) {
    return { ...at, status: 'fail', message: `The Dockerfile's base is ${declared}, but ${contradictions.join('; ')}` };
  }
  if (unknowns.length > 0) {
    return { ...at, status: 'unknown', message: `Whether ${declared} is the image's base cannot be cross-checked: ${unknowns.join('; ')}` };
  }
  if (agreeing.length > 0) {
    return { ...at, status: 'pass', message: `${declared} agrees with ${agreeing.join(' and ')}` };
  }
  return {
    ...at,
    status: 'pass',
    message: `Nothing to cross-check ${declared} with: no verified (or BuildKit) SLSA provenance names images, and there are no base labels or annotations`,
  };
}

/** registry/repository, normalised as Docker does; undefined for what is not an image reference. */
function nameOf(reference: string): string | undefined {
  const parsed = parse(reference);
  return parsed === undefined ? undefined : repositoryName(parsed);
}

function parse(reference: string): ImageReference | undefined {
  try {
    return parseImageReference(reference);
  } catch {
    return undefined;
  }
}

/**
 * The image a dependency names, or undefined when it is no image (a git source, a file). BuildKit writes
 * `pkg:docker/<name>@<tag or digest>?platform=…` (a purl, with `repository_url` for the registry);
 * other builders `docker-image://`, `docker://` or `oci://` references.
 */
function imageDependency(dependency: SlsaDependency): ImageDependency | undefined {
  const digests = Object.entries(dependency.digest).map(([algorithm, hex]) => `${algorithm}:${hex.toLowerCase()}`);
  const scheme = /^(pkg:docker\/|docker-image:\/\/|docker:\/\/|oci:\/\/)(.*)$/i.exec(dependency.uri);
  if (!scheme) return undefined;
  const [, prefix = '', rest = ''] = scheme;
  let reference = rest;
  if (prefix.toLowerCase() === 'pkg:docker/') {
    const [path = '', query = ''] = rest.split('#')[0]?.split('?') ?? [];
    const at = path.lastIndexOf('@');
    const name = decode(at === -1 ? path : path.slice(0, at));
    const version = at === -1 ? '' : decode(path.slice(at + 1));
    if (isDigest(version)) digests.push(version);
    const registry = new URLSearchParams(query).get('repository_url');
    reference = registry ? `${registry.replace(/\/+$/, '')}/${name}` : name;
  }
  const parsed = parse(reference.replace(/\?.*$/, ''));
  if (parsed?.digest !== undefined) digests.push(parsed.digest);
  return { uri: dependency.uri, digests, ...(parsed !== undefined && { name: repositoryName(parsed) }) };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function list(dependencies: readonly ImageDependency[]): string {
  const shown = dependencies.slice(0, 3).map((dependency) => `${dependency.uri}${dependency.digests[0] ? ` (${dependency.digests[0]})` : ''}`);
  return `${shown.join(', ')}${dependencies.length > 3 ? ` and ${String(dependencies.length - 3)} more` : ''}`;
}
