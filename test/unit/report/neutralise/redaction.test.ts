import { describe, expect, it } from 'vitest';
import { logText } from '../../../../src/report/text/log-text.js';
import { base64Core, REDACTED, Redactor, redactorForInputs } from '../../../../src/report/neutralise/redaction.js';

const USER = 'ci-robot';
const PASSWORD = 'pa55-w0rd:with/odd+chars';
const b64 = (text: string, encoding: BufferEncoding = 'base64'): string => Buffer.from(text).toString(encoding);

function basic(): Redactor {
  const redactor = new Redactor();
  redactor.addBasicAuth(USER, PASSWORD);
  return redactor;
}

describe('Redactor', () => {
  it('redacts the password as it is, percent-encoded and JSON-escaped', () => {
    const redactor = basic();
    for (const form of [PASSWORD, encodeURIComponent(PASSWORD), JSON.stringify(PASSWORD).slice(1, -1)]) {
      expect(redactor.redact(`login with ${form} now`)).toBe(`login with ${REDACTED} now`);
    }
  });

  it('redacts the Basic authorization header value, base64("user:password")', () => {
    const header = `Authorization: Basic ${b64(`${USER}:${PASSWORD}`)}`;
    expect(header).not.toContain(PASSWORD);
    const redacted = basic().redact(header);
    expect(redacted).not.toContain(b64(`${USER}:${PASSWORD}`).replace(/=+$/, ''));
    expect(redacted).toContain(REDACTED);
  });

  it('redacts the password inside base64 of any text, at each of the three byte offsets, standard and URL alphabets', () => {
    const redactor = basic();
    for (const prefix of ['', 'a', 'ab', 'someone-else:', 'x-access-token:']) {
      for (const encoding of ['base64', 'base64url'] as const) {
        const encoded = b64(`${prefix}${PASSWORD}`, encoding);
        const core = base64Core(Buffer.from(PASSWORD), prefix.length % 3, encoding);
        // The premise: the core is really in there.
        expect(encoded).toContain(core);
        expect(redactor.redact(`value=${encoded}`)).not.toContain(core);
      }
    }
  });

  it('redacts the userinfo of any URL, declared or not, up to the last "@" of the authority', () => {
    const redactor = new Redactor();
    expect(redactor.redact('Running trivy --server https://user:p%40ss@trivy:4954/x?y=1')).toBe(
      `Running trivy --server https://${REDACTED}@trivy:4954/x?y=1`,
    );
    expect(redactor.redact('http://u:p@ss@host/path')).toBe(`http://${REDACTED}@host/path`);
    expect(redactor.redact('https://TOKEN123@github.com/o/r.git')).toBe(`https://${REDACTED}@github.com/o/r.git`);
    // An "@" after the authority is not userinfo: image references and paths stay as they are.
    const untouched = 'https://registry.example/v2/app/manifests/sha256:abc and ghcr.io/acme/app@sha256:abc and https://x.example/a@b';
    expect(redactor.redact(untouched)).toBe(untouched);
  });

  it('learns a URL\'s password as a secret, decoded, and base64 of its "user:password"', () => {
    const redactor = new Redactor();
    redactor.addUrl('https://scanner:s3cret%2Fvalue@trivy.internal:4954');
    expect(redactor.redact('token s3cret/value and s3cret%2Fvalue')).toBe(`token ${REDACTED} and ${REDACTED}`);
    expect(redactor.redact(b64('scanner:s3cret/value'))).not.toContain('s3cret');
    expect(redactor.maskValues()).toEqual(expect.arrayContaining(['s3cret/value', b64('scanner:s3cret/value'), 's3cret%2Fvalue']));
  });

  it('a URL with only a user name carries its secret there', () => {
    const redactor = new Redactor();
    redactor.addUrl('https://ghp_tokenvalue0123@trivy:4954');
    expect(redactor.redact('it was ghp_tokenvalue0123')).toBe(`it was ${REDACTED}`);
  });

  it('hands the runner the secrets and the base64 forms to add-mask', () => {
    const redactor = basic();
    redactor.addSecret('server-token-5f3a9c');
    expect(redactor.maskValues()).toEqual(
      expect.arrayContaining([PASSWORD, b64(PASSWORD), b64(`${USER}:${PASSWORD}`), 'server-token-5f3a9c', b64('server-token-5f3a9c')]),
    );
  });

  it('redacts a value containing another whole, longest first', () => {
    const redactor = new Redactor();
    redactor.addSecret('abc');
    redactor.addSecret('abcdef');
    expect(redactor.redact('xabcdefx abc')).toBe(`x${REDACTED}x ${REDACTED}`);
  });

  it('does not redact short derived fragments that occur by chance, nor empty secrets', () => {
    const redactor = new Redactor();
    redactor.addSecret('');
    redactor.addSecret('   ');
    redactor.addSecret('pw');
    const text = 'digest sha256:cHcw and cHc';
    expect(redactor.redact(text)).toBe(text);
    expect(redactor.redact('the pw is')).toBe(`the ${REDACTED} is`);
    expect(redactor.maskValues()).toEqual(['pw', 'cHc=']);
  });

  it('regex characters in a secret are taken literally', () => {
    const redactor = new Redactor();
    redactor.addSecret('a.b*c(d)[e]$^|\\/');
    expect(redactor.redact('x a.b*c(d)[e]$^|\\/ y axbbbc')).toBe(`x ${REDACTED} y axbbbc`);
  });

  it('through the log seam: redacted, then neutralised', () => {
    const redactor = basic();
    expect(logText(`::error::${PASSWORD}`, (text) => redactor.redact(text))).toBe(`: :error::${REDACTED}`);
  });
});

describe('redactorForInputs', () => {
  it('knows the registry password, the Trivy server token and URL, and the GitHub token by their input names', () => {
    const inputs: Record<string, string> = {
      'registry-username': USER,
      'registry-password': PASSWORD,
      'trivy-server': 'https://scan:url-pass-77@trivy:4954',
      'trivy-server-token': 'server-token-5f3a9c',
      'github-token': 'ghs_fakeTokenForTests0123456789',
    };
    const redactor = redactorForInputs((name) => inputs[name]);
    const text = Object.values(inputs).join(' ') + ` ${b64(`${USER}:${PASSWORD}`)} ${b64('scan:url-pass-77')}`;
    const redacted = redactor.redact(text);
    for (const secret of [PASSWORD, 'url-pass-77', 'server-token-5f3a9c', 'ghs_fakeTokenForTests0123456789']) expect(redacted).not.toContain(secret);
    expect(redacted).not.toContain(b64(`${USER}:${PASSWORD}`).slice(0, 20));
    expect(redacted).not.toContain(b64('scan:url-pass-77').slice(0, 20));
    expect(redacted).toContain(USER);
  });
});
