/**
 * Newer tags of the same line as a base's tag: same prefix (e.g. `v`), same major, same variant suffix
 * (`-alpine`, `-slim`, `-glibc`), the same number of version parts, and strictly greater. Pure.
 */
import semver from 'semver';

interface VersionTag {
  prefix: string;
  /** The numeric parts as written: `1.25` has two. */
  parts: number;
  version: semver.SemVer;
  suffix: string;
}

// A prerelease such as `-rc1` is just another suffix here: it is never on the same line as a release.
const VERSION_TAG = /^(v?)(\d{1,15})(?:\.(\d{1,15}))?(?:\.(\d{1,15}))?((?:[-_+].*)?)$/;

function readTag(tag: string): VersionTag | undefined {
  const match = VERSION_TAG.exec(tag);
  if (!match) return undefined;
  const [, prefix = '', major = '', minor, patch, suffix = ''] = match;
  // Built from the numbers rather than coerced, so `1.25` is 1.25.0 and `01.2` does not become 1.2.0 silently.
  const version = semver.parse(`${String(Number(major))}.${String(Number(minor ?? 0))}.${String(Number(patch ?? 0))}`);
  if (!version) return undefined;
  const parts = patch !== undefined ? 3 : minor !== undefined ? 2 : 1;
  return { prefix, parts, version, suffix };
}

/**
 * The tags newer than `current` on its line, newest first, at most `cap`. A floating tag such as
 * `1.25` is compared only with tags of two parts: `1.25.3` is what `1.25` already points to, not newer.
 * A tag that is not a version (`latest`, a date, a commit) has no line: the answer is empty.
 */
export function newerTags(current: string, tags: readonly string[], cap: number): string[] {
  const base = readTag(current);
  if (!base) return [];
  const newer: { tag: string; version: semver.SemVer }[] = [];
  for (const tag of new Set(tags)) {
    const candidate = readTag(tag);
    if (
      candidate?.prefix === base.prefix &&
      candidate.suffix === base.suffix &&
      candidate.parts === base.parts &&
      candidate.version.major === base.version.major &&
      semver.gt(candidate.version, base.version)
    ) {
      newer.push({ tag, version: candidate.version });
    }
  }
  newer.sort((a, b) => semver.rcompare(a.version, b.version));
  return newer.slice(0, Math.max(0, cap)).map((entry) => entry.tag);
}
