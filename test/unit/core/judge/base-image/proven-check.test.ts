import { describe, expect, it } from 'vitest';
import { provenCheck } from '../../../../../src/core/judge/base-image/proven-check.js';

const D = (c: string): string => `sha256:${c.repeat(64)}`;
const NAME = 'ghcr.io/acme/base:1.2.3';

describe('provenCheck', () => {
  it('without the base layers or a reason from the look-up, is unknown naming the base, never a pass', () => {
    const check = provenCheck({ written: NAME, line: 2, unknown: {} }, [D('1')]);
    expect(check).toEqual({ rule: 'proven', status: 'unknown', line: 2, image: NAME, message: `${NAME}: its layers are not known` });
  });

  it('counts a single layer in the singular, on either side', () => {
    const base = { written: NAME, line: 2, unknown: {}, diffIds: [D('1')] };
    expect(provenCheck(base, [D('1'), D('2')]).message).toBe(
      `The image is built on ${NAME}: it begins with the base's 1 layer and adds 1 of its own`,
    );
    const longer = provenCheck({ ...base, diffIds: [D('1'), D('2')] }, [D('1')]);
    expect(longer).toMatchObject({ status: 'fail', message: `The image is not built on ${NAME}: the base has 2 layers, the image only 1` });
  });

  it('an image with no layers is not built on a base that has some', () => {
    expect(provenCheck({ written: NAME, line: 2, unknown: {}, diffIds: [D('1')] }, [])).toMatchObject({
      status: 'fail',
      message: `The image is not built on ${NAME}: the base has 1 layer, the image only 0`,
    });
  });
});
