/**
 * The base-image rules that need only the Dockerfile: every external FROM pinned to a digest, and every
 * external FROM approved by the policy's allow/deny patterns. Build stages count too: what they pull is
 * compiled into the image. A FROM that could not be resolved is "unknown", never a pass.
 */
import type { BaseCheck, BaseImagePolicy, DockerfileAnalysis, DockerfileStage, FromTarget } from '../../model/base-image.js';

type ImageTarget = Extract<FromTarget, { kind: 'image' }>;
type UnresolvedTarget = Extract<FromTarget, { kind: 'unresolved' }>;

/** The FROMs that pull something from a registry, or might (unresolved); stages and scratch pull nothing. */
function externalFroms(analysis: DockerfileAnalysis): { stage: DockerfileStage; from: ImageTarget | UnresolvedTarget }[] {
  const result: { stage: DockerfileStage; from: ImageTarget | UnresolvedTarget }[] = [];
  for (const stage of analysis.stages) {
    if (stage.from.kind === 'image' || stage.from.kind === 'unresolved') result.push({ stage, from: stage.from });
  }
  return result;
}

export function pinnedChecks(analysis: DockerfileAnalysis, policy: BaseImagePolicy): BaseCheck[] {
  if (policy.pinned === 'off') return [];
  return externalFroms(analysis).map(({ stage, from }): BaseCheck => {
    const base = { rule: 'pinned' as const, line: stage.line, image: from.written };
    if (from.kind === 'unresolved')
      return { ...base, status: 'unknown', message: `Cannot tell whether the FROM on line ${String(stage.line)} is pinned: ${from.reason}` };
    if (from.digest !== undefined) return { ...base, status: 'pass', message: `${from.written} is pinned to ${from.digest}` };
    return {
      ...base,
      status: 'fail',
      message: `${from.written} (line ${String(stage.line)}) is not pinned: pin it to the digest of the image you tested (${from.written}@sha256:…) so every build uses the same base`,
    };
  });
}

export function approvedChecks(analysis: DockerfileAnalysis, policy: BaseImagePolicy): BaseCheck[] {
  // No patterns: the rule is not in use, and a pass for every FROM would only be noise.
  if (policy.allow.length === 0 && policy.deny.length === 0) return [];
  return externalFroms(analysis).map(({ stage, from }): BaseCheck => {
    const base = { rule: 'approved' as const, line: stage.line, image: from.written };
    if (from.kind === 'unresolved')
      return { ...base, status: 'unknown', message: `Cannot tell whether the FROM on line ${String(stage.line)} is approved: ${from.reason}` };
    // Matched in the normalised form, named as written (the reports give the normalised form once); a FROM
    // without a tag says it is latest, which a pattern such as *:latest is about.
    const subject = approvalSubject(from);
    const latest = from.tag === undefined && from.digest === undefined ? 'no tag: latest' : undefined;
    const named = latest === undefined ? from.written : `${from.written} (${latest})`;
    const namedAt = `${from.written} (line ${String(stage.line)}${latest === undefined ? '' : `, ${latest}`})`;
    const denied = policy.deny.find((pattern) => matchesImagePattern(pattern, subject));
    if (denied !== undefined) return { ...base, status: 'fail', message: `${namedAt} is denied by the pattern "${denied}"` };
    if (policy.allow.length === 0) return { ...base, status: 'pass', message: `${named} is not denied` };
    const allowed = policy.allow.find((pattern) => matchesImagePattern(pattern, subject));
    if (allowed !== undefined) return { ...base, status: 'pass', message: `${named} is allowed by the pattern "${allowed}"` };
    return {
      ...base,
      status: 'fail',
      message: `${namedAt} is not approved: it matches none of the allowed patterns (${policy.allow.map((p) => `"${p}"`).join(', ')})`,
    };
  });
}

/**
 * What the patterns are matched against: registry/repository:tag; a FROM with neither tag nor digest
 * is `:latest` (what the build pulls); a digest-only FROM is registry/repository@sha256:….
 */
export function approvalSubject(from: ImageTarget): string {
  const repository = repositoryOf(from.reference);
  if (from.tag !== undefined) return `${repository}:${from.tag}`;
  if (from.digest !== undefined) return `${repository}@${from.digest}`;
  return `${repository}:latest`;
}

/** registry/repository of a normalised reference: the part before the tag (a ':' after the last '/') or digest. */
function repositoryOf(reference: string): string {
  const at = reference.indexOf('@');
  const withoutDigest = at === -1 ? reference : reference.slice(0, at);
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
}

/**
 * Glob match over `registry/repository:tag` (or `@digest`): `**` matches anything, `*` anything but
 * "/", `?` one character but "/". Two conveniences, as in .gitignore: a pattern without "/" matches the
 * last path component (`*:latest`, `alpine:*`), and a pattern without a tag or digest matches the
 * repository whatever its tag (`docker.io/library/alpine`).
 */
export function matchesImagePattern(pattern: string, subject: string): boolean {
  const regex = globToRegExp(pattern);
  const lastSlash = subject.lastIndexOf('/');
  const target = pattern.includes('/') ? subject : subject.slice(lastSlash + 1);
  if (regex.test(target)) return true;
  const patternTail = pattern.slice(pattern.lastIndexOf('/') + 1);
  if (patternTail.includes(':') || patternTail.includes('@')) return false;
  return regex.test(repositoryOf(target));
}

function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const ch = pattern.charAt(index);
    if (ch === '*' && pattern[index + 1] === '*') {
      source += '.*';
      index++;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
