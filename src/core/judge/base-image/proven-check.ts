/**
 * The `proven` rule: an image built on a base starts with the base's layers, so the image's rootfs
 * diff_ids must begin with the base's. Any other image merely claims that base. Pure.
 */
import type { BaseCheck, ResolvedBaseFacts } from '../../model/base-image.js';

export function provenCheck(
  facts: Pick<ResolvedBaseFacts, 'written' | 'line' | 'diffIds' | 'unknown'>,
  imageDiffIds: readonly string[] | undefined,
): BaseCheck {
  const at = { rule: 'proven' as const, line: facts.line, image: facts.written };
  const base = facts.diffIds;
  if (base === undefined) {
    return { ...at, status: 'unknown', message: facts.unknown.diffIds ?? `${facts.written}: its layers are not known` };
  }
  if (imageDiffIds === undefined) {
    return { ...at, status: 'unknown', message: `The image's layers are not known, so whether it is built on ${facts.written} cannot be checked` };
  }
  if (base.length > imageDiffIds.length) {
    return {
      ...at,
      status: 'fail',
      message: `The image is not built on ${facts.written}: the base has ${plural(base.length, 'layer')}, the image only ${String(imageDiffIds.length)}`,
    };
  }
  const index = base.findIndex((diffId, i) => imageDiffIds[i] !== diffId);
  if (index !== -1) {
    return {
      ...at,
      status: 'fail',
      message: `The image is not built on ${facts.written}: its layer ${String(index + 1)} is ${imageDiffIds[index] ?? ''}, the base's is ${base[index] ?? ''}`,
    };
  }
  return {
    ...at,
    status: 'pass',
    message: `The image is built on ${facts.written}: it begins with the base's ${plural(base.length, 'layer')} and adds ${String(imageDiffIds.length - base.length)} of its own`,
  };
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}
