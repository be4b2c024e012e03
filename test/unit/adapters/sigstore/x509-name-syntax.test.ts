/**
 * The name syntax of Go's crypto/x509 and net/url, table by table: each row is what Go's source
 * (crypto/x509 domainNameValid, parseRFC2821Mailbox, parseURIs; net/url Parse) decides for that input, and the
 * WHATWG reading it must not fall back to is noted where the two differ.
 */
import { describe, expect, it } from 'vitest';
import { goUriHost, parseMailbox, uriConstraintDomain, validDomainName } from '../../../../src/adapters/sigstore/x509-name-syntax.js';

describe('validDomainName (Go domainNameValid)', () => {
  it.each<[string, boolean, boolean]>([
    ['deploy.acme.test', false, true],
    ['*.acme.test', false, true], // not LDH, but Go takes wildcards
    ['_svc.acme.test', false, true],
    ['deploy.acme.test.', false, false], // absolute form: refused in names and constraints
    ['deploy..acme.test', false, false],
    ['.acme.test', false, false],
    ['.acme.test', true, true], // a constraint's "subdomains only"
    ['..acme.test', true, false],
    ['evil .acme.test', false, false],
    ['', false, false],
    ['', true, true], // an empty constraint matches everything
    ['acme.test.', true, false],
  ])('%j (constraint %s) → %s', (text, constraint, valid) => {
    expect(validDomainName(text, constraint)).toBe(valid);
  });
});

describe('parseMailbox (Go parseRFC2821Mailbox)', () => {
  it.each<[string, { local: string; domain: string } | undefined]>([
    ['ci@acme.test', { local: 'ci', domain: 'acme.test' }],
    ['"c i"@acme.test', { local: 'c i', domain: 'acme.test' }],
    ['"c\\"i"@acme.test', { local: 'c"i', domain: 'acme.test' }],
    ['c\\@i@acme.test', { local: 'c@i', domain: 'acme.test' }],
    ['first.last@acme.test', { local: 'first.last', domain: 'acme.test' }],
    ['ci@acme.test.', undefined],
    ['ci@acme..test', undefined],
    ['ci@', undefined],
    ['@acme.test', undefined],
    ['.ci@acme.test', undefined],
    ['c..i@acme.test', undefined],
    ['ci.@acme.test', undefined],
    ['c i@acme.test', undefined],
    ['"ci@acme.test', undefined],
    ['ci', undefined],
  ])('%j → %j', (text, mailbox) => {
    expect(parseMailbox(text)).toEqual(mailbox);
  });
});

describe('goUriHost (Go net/url Parse, URL.Host)', () => {
  it.each<[string, string | undefined]>([
    ['https://ci.acme.test/release', 'ci.acme.test'],
    ['https://CI.Acme.Test:8443/x?y=1#z', 'CI.Acme.Test:8443'],
    ['https://user:pw@ci.acme.test/', 'ci.acme.test'],
    ['https://a@b@ci.acme.test/', 'ci.acme.test'], // the last "@" ends the userinfo
    ['spiffe://acme.test/ci/release', 'acme.test'],
    ['https://ci.acme.test./', 'ci.acme.test.'], // kept as written: refused later as not a valid domain name
    ['https://ci.acme.test:/', 'ci.acme.test:'],
    ['https://[::1]:8443/', '[::1]:8443'],
    ['https://[fe80::1%25eth0]/', '[fe80::1%eth0]'],
    ['https://ci%25x.acme.test/', 'ci%x.acme.test'],
    ['//ci.acme.test/x', 'ci.acme.test'], // no scheme, an authority all the same
    ['urn:acme:ci', ''], // opaque
    ['https:ci.acme.test', ''], // opaque: WHATWG finds the host ci.acme.test
    ['https:///path', ''], // WHATWG finds the host "path"
    ['///path', ''],
    ['ci.acme.test/x', ''],
    ['https://ci%2Eacme.test/', undefined], // WHATWG decodes it to ci.acme.test
    ['https://ci.acme.test\\.evil.test/', undefined], // WHATWG ends the host at the backslash
    ['https://ci acme.test/', undefined],
    ['https://ci.acme.test:84x3/', undefined],
    ['https://[::1/', undefined],
    ['https://[ci.acme.test]/', undefined],
    ['https://ci.acme.test/%zz', undefined],
    ['https://ci.acme.test/#%zz', undefined],
    ['https://a b@ci.acme.test/', undefined],
    [':acme', undefined],
    ['1a:b', undefined], // not a scheme, and a colon in the first segment
  ])('%j → %j', (uri, host) => {
    expect(goUriHost(uri)).toBe(host);
  });
});

describe('uriConstraintDomain (Go parseURIs)', () => {
  it.each<[string, string]>([
    ['CI.Acme.Test:8443', 'ci.acme.test'],
    ['ci.acme.test', 'ci.acme.test'],
    ['0x7f.1', '0x7f.1'], // not an IP address to Go's netip
  ])('%j → domain %j', (host, domain) => {
    expect(uriConstraintDomain(host)).toEqual({ domain });
  });

  it.each<[string, RegExp]>([
    ['', /no host/],
    ['10.0.0.1', /IP address/],
    ['10.0.0.1:8443', /IP address/],
    ['[::1]', /IP address/],
    ['[::1]:8443', /IP address/],
    ['ci.acme.test.:8443', /not a valid domain name/],
    ['a:b:8443', /split/],
  ])('%j → refused (%s)', (host, problem) => {
    const result = uriConstraintDomain(host);
    expect('problem' in result && result.problem).toMatch(problem);
  });
});
