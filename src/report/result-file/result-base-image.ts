import type { BaseRule } from '../../core/model/base-image.js';
import type { Attribution, BaseImageVerdict, JudgedBaseCheck } from '../../core/model/verdict.js';

/** The `baseImage` field of image-gate-result.json (documented in result-json.ts). */
export interface ResultBaseImage {
  from: { written: string; normalized: string | null; line: number; digest: string | null; newerTags: string[] } | null;
  checks: {
    rule: BaseRule;
    status: 'pass' | 'fail' | 'unknown';
    effect: JudgedBaseCheck['effect'];
    line: number;
    image: string;
    message: string;
    suggestion: string | null;
  }[];
  advice: string[];
}

export function resultBaseImage(base: BaseImageVerdict): ResultBaseImage {
  const facts = base.facts;
  return {
    from:
      facts === undefined
        ? null
        : {
            written: facts.written,
            normalized: facts.normalized ?? null,
            line: facts.line,
            digest: facts.digest ?? null,
            newerTags: [...facts.newerTags],
          },
    checks: base.checks.map((c) => ({
      rule: c.rule,
      status: c.status,
      effect: c.effect,
      line: c.line,
      image: c.image,
      message: c.message,
      suggestion: c.suggestion ?? null,
    })),
    advice: [...base.advice],
  };
}

/** A copy, so the document never shares the verdict's objects. */
export function resultAttribution(attribution: Attribution): Attribution {
  return structuredClone(attribution);
}
