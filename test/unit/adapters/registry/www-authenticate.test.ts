import { describe, expect, it } from 'vitest';
import { parseTokenResponse } from '../../../../src/adapters/registry/auth.js';
import { parseWwwAuthenticate } from '../../../../src/adapters/registry/www-authenticate.js';

describe('parseWwwAuthenticate', () => {
  it("parses Docker Hub's Bearer challenge", () => {
    expect(
      parseWwwAuthenticate('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"'),
    ).toEqual([
      {
        scheme: 'bearer',
        params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/alpine:pull' },
      },
    ]);
  });

  it('keeps commas inside quoted values (a scope for several actions)', () => {
    const [challenge] = parseWwwAuthenticate('Bearer realm="https://ghcr.io/token",scope="repository:a/b:pull,push", service="ghcr.io"');
    expect(challenge?.params).toEqual({ realm: 'https://ghcr.io/token', scope: 'repository:a/b:pull,push', service: 'ghcr.io' });
  });

  it('splits several challenges in one header', () => {
    expect(parseWwwAuthenticate('Basic realm="Registry Realm", Bearer realm="https://t.example/token",service="s" , Negotiate')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } },
      { scheme: 'bearer', params: { realm: 'https://t.example/token', service: 's' } },
      { scheme: 'negotiate', params: {} },
    ]);
  });

  it('unescapes quoted-pairs and lowercases scheme and parameter names, not values', () => {
    expect(parseWwwAuthenticate('BASIC Realm="say \\"hi\\", \\\\ ok", charset=UTF-8')).toEqual([
      { scheme: 'basic', params: { realm: 'say "hi", \\ ok', charset: 'UTF-8' } },
    ]);
  });

  it('tolerates spaces around "=" and empty list elements', () => {
    expect(parseWwwAuthenticate(' , Bearer realm = "r" ,, service=s,')).toEqual([{ scheme: 'bearer', params: { realm: 'r', service: 's' } }]);
  });

  it('reads token68 credentials', () => {
    expect(parseWwwAuthenticate('Negotiate YWJjZA==, Basic realm="x"')).toEqual([
      { scheme: 'negotiate', params: {}, token68: 'YWJjZA==' },
      { scheme: 'basic', params: { realm: 'x' } },
    ]);
  });

  it('rejects malformed headers with a reason', () => {
    expect(() => parseWwwAuthenticate('Bearer realm="unterminated')).toThrow(/unterminated/);
    expect(() => parseWwwAuthenticate('Bearer realm="a" service="b"')).toThrow(/expected ","/);
    expect(() => parseWwwAuthenticate('="x"')).toThrow(/unexpected character/);
  });
});

describe('parseTokenResponse', () => {
  it('accepts token or access_token, with an optional lifetime', () => {
    expect(parseTokenResponse(Buffer.from('{"token":"abc","expires_in":300}'), 'r')).toEqual({ token: 'abc', expiresIn: 300 });
    expect(parseTokenResponse(Buffer.from('{"access_token":"xyz"}'), 'r')).toEqual({ token: 'xyz' });
  });

  it('refuses answers without a usable token', () => {
    expect(() => parseTokenResponse(Buffer.from('<html>'), 'r.example')).toThrow(
      /token server for r.example answered with something that is not JSON/,
    );
    expect(() => parseTokenResponse(Buffer.from('{"token":""}'), 'r')).toThrow(/without a token/);
    expect(() => parseTokenResponse(Buffer.from('{"token":"a\\r\\nX-Evil: 1"}'), 'r')).toThrow(/malformed token/);
  });
});
