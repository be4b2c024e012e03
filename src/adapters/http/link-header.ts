/**
 * The `rel="next"` target of an RFC 8288 Link header, as GitHub's REST API and OCI registries page with it.
 * Resolved against the URL of the page that carried it (relative targets are common on registries).
 */
export function nextLink(header: string | null, base: URL): URL | undefined {
  if (!header) return undefined;
  // Commas may appear inside <…>, so split on the links themselves rather than on commas.
  for (const match of header.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]*)*)/g)) {
    const [, target = '', params = ''] = match;
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    const relValue = rels?.[1] ?? rels?.[2] ?? '';
    if (!relValue.toLowerCase().split(/\s+/).includes('next')) continue;
    try {
      return new URL(target, base);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
