/**
 * Reads an attestation's `bundle_url`: GitHub's attestations API may answer with a download link to the
 * Sigstore bundle (snappy block format, as `gh attestation` reads it) instead of, or beside, the bundle
 * itself. The link is pre-signed and usually on blob storage, so it gets no token (GitHubRest.download).
 * Every failure is one clause saying why; the caller names the attestation and fails closed on it.
 */
import {
  GitHubRequestError,
  maxSnappyBlockLength,
  snappyDecode,
  SnappyError,
  SnappyTooLargeError,
  type GitHubRest,
} from '../../adapters/github/index.js';

export type BundleDownload = { ok: true; bytes: Buffer; mediaType: string | undefined } | { ok: false; reason: string };

/**
 * The bundle behind `bundleUrl`, decompressed and checked to be a JSON object of at most `maxBundleBytes`.
 * The compressed download is capped at the longest block a snappy encoder writes for that many bytes, and
 * the length the block declares is checked before anything is allocated for it.
 */
export async function downloadBundle(rest: GitHubRest, bundleUrl: string, maxBundleBytes: number): Promise<BundleDownload> {
  let url: URL;
  try {
    url = new URL(bundleUrl);
  } catch {
    return { ok: false, reason: 'its bundle_url is not an absolute URL' };
  }
  // Named by host only: the query is the download's signature.
  const from = `the bundle at bundle_url on ${url.host || url.protocol}`;
  const maxCompressed = maxSnappyBlockLength(maxBundleBytes);
  let response;
  try {
    response = await rest.download(url, maxCompressed);
  } catch (error) {
    const why = error instanceof GitHubRequestError ? error.message : String(error);
    return { ok: false, reason: `${from} could not be downloaded: ${why}` };
  }
  if (response.status !== 200) {
    return { ok: false, reason: `${from} answered HTTP ${response.status}` };
  }
  let bytes: Buffer;
  try {
    bytes = snappyDecode(response.body, maxBundleBytes);
  } catch (error) {
    if (error instanceof SnappyTooLargeError) return { ok: false, reason: `${from} is too large: ${error.message}` };
    if (error instanceof SnappyError) return { ok: false, reason: `${from} is not valid snappy: ${error.message}` };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { ok: false, reason: `${from} is not JSON` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, reason: `${from} is not a JSON object` };
  }
  const mediaType = (json as Record<string, unknown>).mediaType;
  return { ok: true, bytes, mediaType: typeof mediaType === 'string' ? mediaType : undefined };
}
