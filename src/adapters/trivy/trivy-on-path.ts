/**
 * Whether the trivy found on PATH is the Trivy to run. trivy-version is a pin: a trivy on PATH runs only when it
 * is exactly the pinned release, or when trivy-version is `path` (the user's own Trivy, whatever its version).
 * Pure: the caller found the binary and asked its version; the answer carries the reason the log gives.
 */
import semver from 'semver';
import { TRIVY_VERSION_FROM_PATH } from '../../core/model/trivy.js';
import { COMPROMISED_VERSIONS } from './release.js';

export type TrivyOnPathChoice =
  | { use: true; why: string }
  /** `malicious`: the binary is a known-malicious release, worth a warning rather than a note. */
  | { use: false; why: string; malicious: boolean };

/**
 * @param found the version the trivy on PATH reports (as trivyVersion reads it: `0.74.0` from `Version: v0.74.0`)
 * @param wanted trivy-version: a release such as `0.74.0`, or `path`
 * @param minimum with `path`: the oldest release the gate can read reports of (MINIMUM_TRIVY_VERSION)
 */
export function chooseTrivyOnPath(found: string, wanted: string, minimum?: string): TrivyOnPathChoice {
  const version = normaliseVersion(found);
  if (isCompromisedRelease(version)) return { use: false, why: 'a known malicious release', malicious: true };
  if (wanted === TRIVY_VERSION_FROM_PATH) {
    if (minimum === undefined) return { use: true, why: 'trivy-version is path' };
    const parsed = semver.valid(semver.coerce(version));
    if (!parsed) return { use: false, why: `not a version that can be compared with the minimum ${minimum}`, malicious: false };
    if (semver.lt(parsed, minimum))
      return { use: false, why: `older than ${minimum}, the oldest release whose reports the gate reads`, malicious: false };
    return { use: true, why: 'trivy-version is path' };
  }
  // Exact: a pin names one release, so 0.74.1 (or 0.74.0-rc1, or a rebuilt 0.74.0+patched) is not 0.74.0.
  if (version === normaliseVersion(wanted)) return { use: true, why: 'the pinned version' };
  return { use: false, why: `not the pinned ${wanted}`, malicious: false };
}

/**
 * A known-malicious release, however its version is spelled: any version whose major.minor.patch is one
 * (0.69.4-custom too), so a suffix cannot slip one past the list.
 */
export function isCompromisedRelease(version: string): boolean {
  const release = semver.coerce(version)?.version;
  return release !== undefined && COMPROMISED_VERSIONS.has(release);
}

/** `v0.74.0` and `0.74.0` are the same release: Trivy's tags carry the v, its --version output does not. */
function normaliseVersion(version: string): string {
  return version.trim().replace(/^v/, '');
}
