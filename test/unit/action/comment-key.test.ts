import { describe, expect, it } from 'vitest';
import { commentKey } from '../../../src/action/comment-key.js';
import type { ImageSource } from '../../../src/config/types.js';
import { firstLine } from '../../../src/adapters/github/comments.js';
import { graphqlUrl } from '../../../src/adapters/github/token-identity.js';
import { namedImage } from '../../helpers/named-image.js';

const CONTEXT = { workflow: 'build', job: 'image', workspace: '/home/runner/work/app/app' };
const DIGEST_1 = `sha256:${'1'.repeat(64)}`;
const DIGEST_2 = `sha256:${'2'.repeat(64)}`;
const registry = (reference: string): ImageSource => ({ kind: 'registry', image: namedImage(reference) });
const key = (sources: ImageSource[], context = CONTEXT): string => commentKey(sources, context);

describe('commentKey', () => {
  it('is the same for every push of the same repository, whatever its tag or digest', () => {
    const first = key([registry(`ghcr.io/acme/app@${DIGEST_1}`)]);
    expect(first).toMatch(/^image-gate workflow=build job=image repositories=[0-9a-f]{12}$/);
    expect(key([registry(`ghcr.io/acme/app@${DIGEST_2}`)])).toBe(first);
    expect(key([registry(`ghcr.io/acme/app:pr-7@${DIGEST_2}`)])).toBe(first);
    expect(key([registry('ghcr.io/acme/app:latest')])).toBe(first);
    expect(key([registry('ghcr.io/acme/app')])).toBe(first);
    expect(key([{ kind: 'docker', image: namedImage('ghcr.io/acme/app:dev') }])).toBe(first);
  });

  it('differs by repository, workflow and job, and ignores the order and repetition of images', () => {
    const both = key([registry('ghcr.io/acme/app:1'), registry('ghcr.io/acme/worker:1')]);
    expect(key([registry(`ghcr.io/acme/worker@${DIGEST_1}`), registry('ghcr.io/acme/app:2'), registry('ghcr.io/acme/app:3')])).toBe(both);
    expect(key([registry('ghcr.io/acme/app:1')])).not.toBe(both);
    expect(key([registry('ghcr.io/acme/other:1')])).not.toBe(key([registry('ghcr.io/acme/app:1')]));
    expect(key([registry('ghcr.io/acme/app:1')], { ...CONTEXT, workflow: 'release' })).not.toBe(key([registry('ghcr.io/acme/app:1')]));
    expect(key([registry('ghcr.io/acme/app:1')], { ...CONTEXT, job: 'scan' })).not.toBe(key([registry('ghcr.io/acme/app:1')]));
  });

  it('normalises Docker Hub names as the registry client does', () => {
    expect(key([registry('alpine:3.20')])).toBe(key([registry(`docker.io/library/alpine@${DIGEST_1}`)]));
    expect(key([registry('index.docker.io/library/alpine')])).toBe(key([registry('alpine')]));
  });

  it('keys a report or archive by the image input’s repository, else by its path in the workspace', () => {
    const report = (path: string, image?: string): ImageSource => ({
      kind: 'report',
      path,
      ...(image !== undefined && { image: namedImage(image) }),
    });
    expect(key([report(`${CONTEXT.workspace}/trivy.json`, `ghcr.io/acme/app@${DIGEST_1}`)])).toBe(key([registry('ghcr.io/acme/app:1')]));
    const byPath = key([report(`${CONTEXT.workspace}/out/trivy.json`)]);
    expect(key([report('/srv/runner/work/app/app/out/trivy.json')], { ...CONTEXT, workspace: '/srv/runner/work/app/app' })).toBe(byPath);
    expect(key([report(`${CONTEXT.workspace}/out/other.json`)])).not.toBe(byPath);
    expect(key([{ kind: 'input', path: `${CONTEXT.workspace}/out/trivy.json` }])).not.toBe(byPath);
  });

  it('all Docker image IDs key alike', () => {
    // A reference that does not parse never gets this far: the inputs are parsed when they are read (parseConfig).
    expect(key([{ kind: 'docker', image: namedImage(DIGEST_1) }])).toBe(key([{ kind: 'docker', image: namedImage(DIGEST_2) }]));
    expect(key([{ kind: 'docker', image: namedImage(DIGEST_1) }])).not.toBe(key([{ kind: 'docker', image: namedImage('ghcr.io/acme/app:dev') }]));
  });
});

describe('firstLine', () => {
  it('ends at LF or CRLF', () => {
    expect(firstLine('<!-- m -->\nbody')).toBe('<!-- m -->');
    expect(firstLine('<!-- m -->\r\nbody')).toBe('<!-- m -->');
    expect(firstLine('<!-- m -->')).toBe('<!-- m -->');
    expect(firstLine('')).toBe('');
  });
});

describe('graphqlUrl', () => {
  it('sits beside the REST API on github.com and on GitHub Enterprise Server, unless the runner names it', () => {
    expect(graphqlUrl(new URL('https://api.github.com/'), undefined).href).toBe('https://api.github.com/graphql');
    expect(graphqlUrl(new URL('https://ghe.example.com/api/v3/'), undefined).href).toBe('https://ghe.example.com/api/graphql');
    expect(graphqlUrl(new URL('http://127.0.0.1:8080/'), undefined).href).toBe('http://127.0.0.1:8080/graphql');
    expect(graphqlUrl(new URL('https://api.github.com/'), 'https://api.acme.ghe.com/graphql').href).toBe('https://api.acme.ghe.com/graphql');
    expect(graphqlUrl(new URL('https://api.github.com/'), 'not a url').href).toBe('https://api.github.com/graphql');
  });
});
