import type { AttestationRequirement } from '../model/signatures.js';

/**
 * Reading SLSA build provenance (v1 and v0.2) for the policy's conditions. Pure; the predicate is
 * untrusted JSON until its signature was verified, and even then its shape is the signer's word, so
 * every field is read defensively and anything missing or of the wrong type is simply absent.
 */

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_PROVENANCE_V0_2 = 'https://slsa.dev/provenance/v0.2';
export const SLSA_PROVENANCE_TYPES: readonly string[] = [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V0_2];

export type SlsaConditions = NonNullable<AttestationRequirement['slsa']>;

export interface SlsaDependency {
  uri: string;
  digest: Record<string, string>;
}

export interface SlsaProvenance {
  version: 'v1' | 'v0.2';
  builderId?: string;
  /** e.g. https://github.com/acme/app (no `git+` prefix, no `@ref`). */
  sourceRepository?: string;
  /** e.g. refs/heads/main. */
  sourceRef?: string;
  /** v0.2 configSource.digest, e.g. { sha1: "…" }. */
  sourceDigest?: Record<string, string>;
  /** v1 resolvedDependencies, v0.2 materials. */
  dependencies: SlsaDependency[];
}

export function isSlsaProvenance(predicateType: string | undefined): boolean {
  return predicateType !== undefined && SLSA_PROVENANCE_TYPES.includes(predicateType);
}

/** The provenance's facts, or undefined when the predicate type is not SLSA provenance v1 or v0.2. */
export function readSlsaProvenance(predicateType: string | undefined, predicate: unknown): SlsaProvenance | undefined {
  if (predicateType === SLSA_PROVENANCE_V1) return readV1(predicate);
  if (predicateType === SLSA_PROVENANCE_V0_2) return readV02(predicate);
  return undefined;
}

/**
 * Whether the provenance meets every condition given. Repositories compare without a `git+`
 * prefix, a trailing `.git` or `/`; refs compare exactly (write the full ref, refs/heads/main).
 * A builder id without `@` also matches that builder at any version (`…/generator_container_slsa3.yml`
 * matches `…/generator_container_slsa3.yml@refs/tags/v2.0.0`), as slsa-verifier does; with `@`
 * it must match exactly. Anything missing from the provenance fails the condition that needs it.
 */
export function checkSlsa(
  predicateType: string | undefined,
  predicate: unknown,
  conditions: SlsaConditions | undefined,
): { ok: boolean; reason?: string } {
  const wanted = conditions ?? {};
  if (wanted.builderId === undefined && wanted.sourceRepository === undefined && wanted.sourceRef === undefined) {
    return { ok: true };
  }
  const provenance = readSlsaProvenance(predicateType, predicate);
  if (provenance === undefined) {
    return { ok: false, reason: `predicate type ${predicateType ?? '(none)'} is not SLSA provenance v1 or v0.2` };
  }
  const failures: string[] = [];
  if (wanted.builderId !== undefined && !builderMatches(provenance.builderId, wanted.builderId)) {
    failures.push(mismatch('builder id', provenance.builderId, wanted.builderId));
  }
  if (
    wanted.sourceRepository !== undefined &&
    (provenance.sourceRepository === undefined || normaliseRepository(provenance.sourceRepository) !== normaliseRepository(wanted.sourceRepository))
  ) {
    failures.push(mismatch('source repository', provenance.sourceRepository, wanted.sourceRepository));
  }
  if (wanted.sourceRef !== undefined && provenance.sourceRef !== wanted.sourceRef) {
    failures.push(mismatch('source ref', provenance.sourceRef, wanted.sourceRef));
  }
  return failures.length === 0 ? { ok: true } : { ok: false, reason: failures.join('; ') };
}

function mismatch(what: string, actual: string | undefined, wanted: string): string {
  if (actual === undefined) return `the provenance names no ${what} (the policy wants ${JSON.stringify(wanted)})`;
  return `${what} is ${JSON.stringify(actual)}, the policy wants ${JSON.stringify(wanted)}`;
}

function builderMatches(actual: string | undefined, wanted: string): boolean {
  if (actual === undefined) return false;
  if (actual === wanted) return true;
  if (wanted.includes('@')) return false;
  const at = actual.indexOf('@');
  return at >= 0 && actual.slice(0, at) === wanted;
}

export function normaliseRepository(uri: string): string {
  return uri
    .replace(/^git\+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

// v1: https://slsa.dev/spec/v1.0/provenance. GitHub's build types (actions/attest-build-provenance,
// npm provenance, slsa-github-generator) put the source in externalParameters.workflow.
function readV1(predicate: unknown): SlsaProvenance {
  const buildDefinition = field(predicate, 'buildDefinition');
  const workflow = field(field(buildDefinition, 'externalParameters'), 'workflow');
  const repository = text(field(workflow, 'repository'));
  const ref = text(field(workflow, 'ref'));
  return {
    version: 'v1',
    ...optional('builderId', text(field(field(field(predicate, 'runDetails'), 'builder'), 'id'))),
    ...optional('sourceRepository', repository === undefined ? undefined : normaliseRepository(repository)),
    ...optional('sourceRef', ref),
    dependencies: dependencies(field(buildDefinition, 'resolvedDependencies')),
  };
}

// v0.2: https://slsa.dev/spec/v0.2/provenance. The source is invocation.configSource, whose uri is
// written `git+https://github.com/acme/app@refs/heads/main` by GitHub's generators.
function readV02(predicate: unknown): SlsaProvenance {
  const configSource = field(field(predicate, 'invocation'), 'configSource');
  const uri = text(field(configSource, 'uri'));
  const source = uri === undefined ? undefined : splitSourceUri(uri);
  const sourceDigest = digestSet(field(configSource, 'digest'));
  return {
    version: 'v0.2',
    ...optional('builderId', text(field(field(predicate, 'builder'), 'id'))),
    ...optional('sourceRepository', source?.repository),
    ...optional('sourceRef', source?.ref),
    ...(sourceDigest !== undefined && { sourceDigest }),
    dependencies: dependencies(field(predicate, 'materials')),
  };
}

/** `git+https://host/owner/repo@refs/heads/main` → repository and ref; the `@` is looked for in the path only. */
function splitSourceUri(uri: string): { repository: string; ref?: string } {
  const bare = uri.replace(/^git\+/, '');
  let url: URL;
  try {
    url = new URL(bare);
  } catch {
    return { repository: normaliseRepository(bare) };
  }
  const at = url.pathname.indexOf('@');
  if (at < 0) return { repository: normaliseRepository(bare) };
  const ref = decodeURIComponentSafe(url.pathname.slice(at + 1));
  url.pathname = url.pathname.slice(0, at);
  url.search = '';
  url.hash = '';
  return { repository: normaliseRepository(url.href), ...(ref !== '' && { ref }) };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function dependencies(value: unknown): SlsaDependency[] {
  if (!Array.isArray(value)) return [];
  const out: SlsaDependency[] = [];
  for (const item of value as unknown[]) {
    const uri = text(field(item, 'uri'));
    if (uri === undefined) continue;
    out.push({ uri, digest: digestSet(field(item, 'digest')) ?? {} });
  }
  return out;
}

function digestSet(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [algorithm, digest] of Object.entries(value)) {
    if (typeof digest === 'string') out[algorithm] = digest;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field only: a predicate's "__proto__" or "constructor" must not reach Object.prototype. */
function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
