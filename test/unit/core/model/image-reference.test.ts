import { describe, expect, it } from 'vitest';
import { GateError } from '../../../../src/core/model/errors.js';
import { apiHost, formatReference, parseImageReference, pinnedReference, repositoryName } from '../../../../src/core/model/image-reference.js';
import { thrownGateError } from '../../../helpers/gate-error.js';

const SHA = 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';

function parseError(text: string): GateError {
  return thrownGateError(() => parseImageReference(text), `"${text}" parsed, but it should not`);
}

describe('parseImageReference', () => {
  // Docker's own valid names (distribution/reference normalize_test.go), with the registry and path Docker gives them.
  it.each([
    ['docker/docker', 'docker.io', 'docker/docker'],
    ['library/debian', 'docker.io', 'library/debian'],
    ['debian', 'docker.io', 'library/debian'],
    ['docker.io/docker/docker', 'docker.io', 'docker/docker'],
    ['docker.io/library/debian', 'docker.io', 'library/debian'],
    ['docker.io/debian', 'docker.io', 'library/debian'],
    ['index.docker.io/docker/docker', 'docker.io', 'docker/docker'],
    ['index.docker.io/debian', 'docker.io', 'library/debian'],
    ['127.0.0.1:5000/docker/docker', '127.0.0.1:5000', 'docker/docker'],
    ['127.0.0.1:5000/debian', '127.0.0.1:5000', 'debian'],
    ['192.168.0.1:8/debian', '192.168.0.1:8', 'debian'],
    ['localhost/debian', 'localhost', 'debian'],
    ['localhost:5000/library/debian', 'localhost:5000', 'library/debian'],
    ['LOCALDOMAIN/debian', 'LOCALDOMAIN', 'debian'],
    ['Docker/docker', 'Docker', 'docker'],
    ['[fc00::1]:5000/docker/docker', '[fc00::1]:5000', 'docker/docker'],
    ['[fc00:1:2:3:4:5:6:7]:5000/library/debian', '[fc00:1:2:3:4:5:6:7]:5000', 'library/debian'],
    [
      'docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
      'docker.io',
      'library/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    ],
    [
      'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
      'docker.io',
      'library/thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
    ],
    ['docker---rules/docker', 'docker.io', 'docker---rules/docker'],
    ['dock__er/docker', 'docker.io', 'dock__er/docker'],
    ['test_com/foo', 'docker.io', 'test_com/foo'],
    ['test-com:8080/foo', 'test-com:8080', 'foo'],
    ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo'],
    ['store/foo/bar', 'docker.io', 'store/foo/bar'],
    ['ghcr.io/acme/team/app', 'ghcr.io', 'acme/team/app'],
  ])('%s -> %s / %s', (text, registry, repository) => {
    expect(parseImageReference(text)).toEqual({ registry, repository });
  });

  it('treats a bare IPv4 address as a Docker Hub name and its port as a tag, as Docker does', () => {
    expect(parseImageReference('192.168.0.1')).toEqual({ registry: 'docker.io', repository: 'library/192.168.0.1' });
    expect(parseImageReference('192.168.0.1:80')).toEqual({ registry: 'docker.io', repository: 'library/192.168.0.1', tag: '80' });
  });

  it('reads tags, digests, and both together', () => {
    expect(parseImageReference('alpine:3.19')).toEqual({ registry: 'docker.io', repository: 'library/alpine', tag: '3.19' });
    expect(parseImageReference(`alpine@${SHA}`)).toEqual({ registry: 'docker.io', repository: 'library/alpine', digest: SHA });
    expect(parseImageReference(`busybox:latest@${SHA}`)).toEqual({
      registry: 'docker.io',
      repository: 'library/busybox',
      tag: 'latest',
      digest: SHA,
    });
    expect(parseImageReference(`localhost:5000/app:v1.2_rc-3@${SHA}`)).toEqual({
      registry: 'localhost:5000',
      repository: 'app',
      tag: 'v1.2_rc-3',
      digest: SHA,
    });
    const sha512 = `sha512:${'ab'.repeat(64)}`;
    expect(parseImageReference(`quay.io/x/y@${sha512}`).digest).toBe(sha512);
  });

  it.each([
    ['', 'it is empty'],
    ['https://github.com/docker/docker', 'remove the URL scheme'],
    ['docker/Docker', 'must be lowercase'],
    ['docker.io/docker/Docker', 'must be lowercase'],
    ['Uppercase:tag', 'must be lowercase'],
    ['-docker', 'path components'],
    ['-docker/docker', 'path components'],
    ['-docker.io/docker/docker', 'not a valid registry host'],
    ['docker///docker', 'empty path component'],
    ['docker.io/docker///docker', 'empty path component'],
    ['docker-/docker', 'path components'],
    ['____/____', 'path components'],
    ['dock..er/docker', 'not a valid registry host'],
    ['dock..er/docker', 'not a valid registry host'],
    // "_" is allowed in a path component but not in a host: the grammar reads the whole as a name, the host check refuses it.
    ['my_registry.local/app', 'invalid reference format'],
    ['docker/', 'empty path component'],
    ['[fc00::1]', 'path components'],
    ['[fc00::1]:5000', 'path components'],
    ['fc00::1:5000/debian', '"fc00::1:5000" is not a valid registry host'],
    ['[fe80::1%eth0]:5000/debian', 'not a valid registry host'],
    ['[2001:db8:3:4::192.0.2.33]:5000/debian', 'not a valid registry host'],
    ['1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a', 'image ID'],
    ['alpine:-bad', 'a tag is up to 128'],
    [`alpine:${'a'.repeat(129)}`, 'a tag is up to 128'],
    ['alpine@sha256:abc', 'digest'],
    [`alpine@sha256:${'A'.repeat(64)}`, 'lowercase'],
    // An upper-case algorithm sits before the tag separator, so it is told apart from an upper-case repository.
    [`alpine@SHA256:${'a'.repeat(64)}`, 'the digest must be lowercase'],
    [`acme/App@SHA256:${'a'.repeat(64)}`, 'the repository name "acme/App" must be lowercase'],
    [`alpine@sha256:${'a'.repeat(63)}`, '64 hex digits, not 63'],
    [`alpine@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm "md5"'],
    [' alpine', 'whitespace'],
    ['alpine\n', 'whitespace'],
  ])('rejects %j (%s)', (text, why) => {
    const error = parseError(text);
    expect(error.kind).toBe('config');
    expect(error.message.startsWith(`Invalid image reference "${text}": `)).toBe(true);
    expect(error.message.toLowerCase()).toContain(why.toLowerCase());
  });

  it('limits the name to 255 characters, registry included', () => {
    const namespace = 'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_'.repeat(4).slice(0, 250);
    expect(parseError(`${namespace}x/docker`).message).toContain('longer than 255');
    const fits = `r.io/${'a'.repeat(250)}`;
    expect(fits.length).toBe(255);
    expect(parseImageReference(fits).repository).toBe('a'.repeat(250));
    expect(parseError(`${fits}b`).message).toContain('longer than 255');
  });
});

describe('reference helpers', () => {
  it('names the API host, the repository, the full form and the pinned form', () => {
    const hub = parseImageReference('alpine:3.19');
    expect(apiHost(hub)).toBe('registry-1.docker.io');
    expect(repositoryName(hub)).toBe('docker.io/library/alpine');
    expect(formatReference(hub)).toBe('docker.io/library/alpine:3.19');
    expect(pinnedReference(hub, SHA)).toBe(`docker.io/library/alpine@${SHA}`);

    const local = parseImageReference(`127.0.0.1:5000/fixtures/debian-buster:1.0@${SHA}`);
    expect(apiHost(local)).toBe('127.0.0.1:5000');
    expect(formatReference(local)).toBe(`127.0.0.1:5000/fixtures/debian-buster:1.0@${SHA}`);
    expect(pinnedReference(local, SHA)).toBe(`127.0.0.1:5000/fixtures/debian-buster@${SHA}`);
  });

  it('round-trips: the full form parses back to the same reference', () => {
    for (const text of ['debian', 'index.docker.io/debian:12', `ghcr.io/a/b:c@${SHA}`, '[fc00::1]:5000/x']) {
      const parsed = parseImageReference(text);
      expect(parseImageReference(formatReference(parsed))).toEqual(parsed);
    }
  });

  it('refuses to pin to something that is not a digest', () => {
    expect(() => pinnedReference(parseImageReference('alpine'), 'sha256:xyz')).toThrow(/Invalid digest "sha256:xyz"/);
  });
});
