/**
 * Is a Trivy report about the image the gate judged? The gate pins an image itself (its manifest and
 * config, fetched and hashed), then reads Trivy's findings: without this check a Trivy that resolved
 * another image (an index entry placed first, a different archive member) would have its findings
 * reported under the judged image's digest. Pure: the caller says what was pinned.
 *
 * What Trivy writes (read in aquasecurity/trivy's pkg/fanal/image at the v0.40–v0.5x trees; the gate's
 * pinned release is v0.74.0, and test/bin/trivy answers the same way):
 * - Metadata.ImageID is the image's config digest (pkg/fanal/image/image.go `ID`: `img.ConfigName()`),
 *   for registry images, archives and OCI layouts alike.
 * - Metadata.RepoDigests is `repository@<the digest Trivy was given>` for a registry image
 *   (pkg/fanal/image/remote.go `RepoDigests`: the fetched descriptor's digest, so the INDEX digest
 *   when given an index), and empty for `--input` archives and layouts (pkg/fanal/image/archive.go).
 */
import { configError, infrastructureError } from '../../core/model/errors.js';
import type { ScanReport } from '../../core/model/findings.js';

/** What the gate pinned and judged, that Trivy's report must name. */
export type JudgedIdentity =
  | {
      /** sha256:… of the image config the gate read and hashed: Trivy's Metadata.ImageID. */
      configDigest: string;
      /** sha256:… of the image manifest the gate judged, when there is one (registry images, OCI archives and layouts). */
      manifestDigest?: string;
      requireRepoDigest?: false;
    }
  | {
      configDigest: string;
      manifestDigest: string;
      /**
       * Set for a registry scan (`--image-src remote`): Trivy then always writes RepoDigests
       * (pkg/fanal/image/remote.go), so a report without one is not the report of that scan.
       */
      requireRepoDigest: true;
    };

type ReportIdentity = Pick<ScanReport, 'imageId' | 'repoDigests'>;

/**
 * Throws an infrastructure error (Trivy scanned something else) unless the report's ImageID is the
 * judged config digest and its RepoDigests, when present (always, for a registry scan), name the
 * judged manifest. `label` names
 * the scan, e.g. "the Trivy report for ghcr.io/acme/app@sha256:…".
 */
export function checkScannedIdentity(report: ReportIdentity, judged: JudgedIdentity, label: string): void {
  if (report.imageId === undefined) {
    throw infrastructureError(
      `${label} names no image (Metadata.ImageID is missing), so it cannot be tied to the judged image ${judged.configDigest}; refusing its findings`,
    );
  }
  if (report.imageId !== judged.configDigest) {
    throw infrastructureError(
      `${label} is about image ${shown(report.imageId)} (Metadata.ImageID), not the judged image ${judged.configDigest}; refusing its findings`,
    );
  }
  if (report.repoDigests.length === 0 && judged.requireRepoDigest === true) {
    throw infrastructureError(
      `${label} names no repository digest (Metadata.RepoDigests is empty), though Trivy always writes one for a registry image: it is not the report of a scan of the judged manifest ${judged.manifestDigest}; refusing its findings`,
    );
  }
  // An archive's report carries no RepoDigests; the ImageID above already ties it to the judged config.
  if (report.repoDigests.length === 0 || judged.manifestDigest === undefined) return;
  const named = report.repoDigests.map(digestPart);
  if (!named.includes(judged.manifestDigest)) {
    throw infrastructureError(
      `${label} is about ${listed(report.repoDigests)} (Metadata.RepoDigests), not the judged manifest ${judged.manifestDigest}; refusing its findings`,
    );
  }
}

/**
 * How far a report given to the gate (`report` mode) is known to be about the image the `image`
 * input names: 'verified' when the report names that digest, 'asserted' when nothing can be checked
 * (the input names no digest, or the report carries no identity that could confirm or refute it).
 * Throws a configuration error when the report names other digests only.
 */
export function judgeReportIdentity(report: ReportIdentity, namedDigest: string | undefined, label: string): 'verified' | 'asserted' {
  if (namedDigest === undefined) return 'asserted';
  if (report.repoDigests.length > 0) {
    if (report.repoDigests.map(digestPart).includes(namedDigest)) return 'verified';
    throw configError(
      `${label} is about ${listed(report.repoDigests)} (Metadata.RepoDigests), not ${namedDigest} named by the image input; ` +
        'give the report of that image, or the image that was scanned',
    );
  }
  // With no RepoDigests, ImageID is a config digest: equal to the named digest for a daemon image ID,
  // but a manifest digest cannot be compared with it, so anything else proves nothing either way.
  return report.imageId === namedDigest ? 'verified' : 'asserted';
}

/** "repo@sha256:…" → "sha256:…"; Trivy may spell the repository differently from us (docker.io, library/). */
function digestPart(repoDigest: string): string {
  const at = repoDigest.lastIndexOf('@');
  return at === -1 ? '' : repoDigest.slice(at + 1);
}

/** At most three, so a report listing thousands cannot flood the message. */
function listed(repoDigests: readonly string[]): string {
  const more = repoDigests.length > 3 ? ` and ${repoDigests.length - 3} more` : '';
  return `${repoDigests.slice(0, 3).map(shown).join(', ')}${more}`;
}

/** Trivy's text as it is when it looks like a reference; otherwise quoted and cut, so it cannot break the line. */
function shown(value: string): string {
  if (/^[A-Za-z0-9._:/@-]{1,300}$/.test(value)) return value;
  return value.length > 100 ? `${JSON.stringify(value.slice(0, 100))}...` : JSON.stringify(value);
}
