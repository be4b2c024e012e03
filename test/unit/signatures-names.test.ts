import { describe, expect, it } from 'vitest';
import { GitHubApiError, splitRepository } from '../../src/adapters/github/attestations.js';
import { nextLink } from '../../src/adapters/http/link-header.js';
import { cosignTag, referrersFallbackTag } from '../../src/app/signatures/found.js';

const hex = 'a'.repeat(64);

describe('tag names for a digest', () => {
  it('follows the OCI referrers tag schema, truncating long digests to 64 characters', () => {
    expect(referrersFallbackTag(`sha256:${hex}`)).toBe(`sha256-${hex}`);
    expect(referrersFallbackTag(`sha512:${'b'.repeat(128)}`)).toBe(`sha512-${'b'.repeat(64)}`);
  });

  it("names cosign's legacy tags", () => {
    expect(cosignTag(`sha256:${hex}`, 'sig')).toBe(`sha256-${hex}.sig`);
    expect(cosignTag(`sha256:${hex}`, 'att')).toBe(`sha256-${hex}.att`);
  });

  it('refuses something that is not a digest rather than build a tag from it', () => {
    expect(() => cosignTag('sha256:../../x', 'sig')).toThrow(/Invalid digest/);
    expect(() => referrersFallbackTag('latest')).toThrow(/Invalid digest/);
  });
});

describe('nextLink', () => {
  const base = new URL('https://api.github.com/repos/o/r/attestations/x?per_page=100');

  it('finds rel="next" among several links, relative or absolute', () => {
    const header = '<https://api.github.com/p?after=Y2, x>; rel="prev", <https://api.github.com/p?after=Zz>; rel="next"';
    expect(nextLink(header, base)?.href).toBe('https://api.github.com/p?after=Zz');
    expect(nextLink('</v2/a/referrers/sha256:1?n=2>; rel=next', new URL('http://127.0.0.1:5000/v2/a/referrers/sha256:1'))?.href).toBe(
      'http://127.0.0.1:5000/v2/a/referrers/sha256:1?n=2',
    );
    expect(nextLink('<https://x.test/p2>; type="a"; rel="last next"', base)?.href).toBe('https://x.test/p2');
  });

  it('has no next page without a next relation or a header', () => {
    expect(nextLink(null, base)).toBeUndefined();
    expect(nextLink('<https://api.github.com/p1>; rel="prev"', base)).toBeUndefined();
    expect(nextLink('garbage', base)).toBeUndefined();
  });
});

describe('splitRepository', () => {
  it('splits owner/repo', () => {
    expect(splitRepository('acme/app.js')).toEqual({ owner: 'acme', repo: 'app.js' });
  });

  it('refuses anything that could walk elsewhere in the API', () => {
    for (const bad of ['acme', 'acme/app/x', '../app', 'acme/..', 'acme/a?b', '']) {
      expect(() => splitRepository(bad), bad).toThrow(GitHubApiError);
    }
  });
});
