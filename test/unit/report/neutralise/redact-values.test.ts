import { describe, expect, it } from 'vitest';
import { redactValues } from '../../../../src/report/neutralise/redact-values.js';
import { Redactor } from '../../../../src/report/neutralise/redaction.js';

const SECRET = 'hunter2_s3cr*t"\\x';

function redactor(): Redactor {
  const redactor = new Redactor();
  redactor.addSecret(SECRET);
  return redactor;
}

describe('redactValues', () => {
  it('redacts every string, values and keys, at any depth, the JSON-escaped form included', () => {
    const redact = (text: string): string => redactor().redact(text);
    const value = {
      message: `denied for ${SECRET}`,
      nested: [{ title: 'fine', quoted: `{"password":${JSON.stringify(SECRET)}}` }],
      [`key ${SECRET}`]: 1,
      count: 3,
      flag: true,
      none: null,
    };
    const redacted = redactValues(value, redact);
    const text = JSON.stringify(redacted);
    // The premise: without redaction, the secret is there in its raw and its JSON-escaped forms.
    expect(JSON.stringify(value)).toContain(JSON.stringify(SECRET).slice(1, -1));
    expect(text).not.toContain('hunter2');
    expect(redacted).toEqual({
      message: 'denied for ***',
      nested: [{ title: 'fine', quoted: '{"password":"***"}' }],
      'key ***': 1,
      count: 3,
      flag: true,
      none: null,
    });
    expect(value.message).toBe(`denied for ${SECRET}`);
  });

  it('shares what has nothing to redact, keeps one object referenced twice as one, and leaves Buffers alone', () => {
    const shared = { id: 'CVE-1', title: 'no secret' };
    const bytes = Buffer.from(SECRET);
    const value = { scan: [shared], verdict: [{ finding: shared }], bytes };
    const redact = (text: string): string => redactor().redact(text);
    expect(redactValues(value, redact)).toBe(value);
    const leaking = { scan: [{ ...shared, title: SECRET }], clean: [shared] };
    const copy = redactValues({ ...leaking, again: leaking.scan[0] }, redact);
    expect(copy.scan[0]).toBe(copy.again);
    expect(copy.scan[0]?.title).toBe('***');
    expect(copy.clean).toBe(leaking.clean);
  });
});
