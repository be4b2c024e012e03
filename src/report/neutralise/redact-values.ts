/**
 * Redaction of structured data before any of it is rendered. Rendering transforms text: Markdown escaping puts
 * a backslash before `_` or `*`, a table cell cuts at a width, JSON escapes `"` and `\`. A secret redacted only
 * in the finished body can survive in any of those forms (in half, or escaped, or JSON-escaped twice when a
 * message quotes a registry's JSON answer); redacted in the data, every body built from it is clean however it
 * is written. Object keys are redacted too: a record may be keyed by what an image or registry said.
 */
import type { Redact } from '../text/log-text.js';

declare const redactedBrand: unique symbol;

/**
 * Data every string of which has passed the redactor. What leaves the process (files, the job summary, the
 * pull request) takes only this, so the shells redact the step's outcomes once, and nothing can skip it.
 */
export type Redacted<T> = T & { readonly [redactedBrand]: true };

/**
 * `value` with every string in it (values and keys of plain objects and arrays, at any depth) redacted. Parts
 * with nothing to redact are shared, not copied, so the common case (no secret anywhere) costs no memory; a
 * part referenced twice (a finding in the scan and in the verdict) stays one object. Anything other than a
 * string, an array or a plain object (a Buffer, a Date) is kept as it is: none of it is rendered as text.
 *
 * With `proof` (the Redactor behind `redact`), each part is first proven to hold nothing to redact, read-only and
 * without a copy, and kept as it is when it does: a report of 100,000 clean findings is proven in about half
 * the time the copying walk takes. Only what may hide a secret goes through the walk. The proof reads the
 * decoded strings, the very ones every output is rendered from, so no spelling in Trivy's JSON (`\u0067`, `\/`)
 * can hide a secret from it.
 */
export function redactValues<T>(value: T, redact: Redact, proof?: CleanTextProof): Redacted<T> {
  // A part reached twice (a finding in the scan and in the verdict) is proven once.
  const proven = new Set<object | string>();
  const clean = (item: object): boolean => proof !== undefined && (proven.has(item) || holdsNothingToRedact(item, proof, proven, 0));
  const done = new Map<object, unknown>();
  // Keys and short values repeat by the thousand (field names, severities, package names): each is redacted once.
  const texts = new Map<string, string>();
  const text = (item: string): string => {
    // Cheaper than the cache's lookup: most strings are proven to hold nothing to redact.
    if (proof !== undefined && !proof.mayHideSecret(item)) return item;
    if (item.length > CACHED_LENGTH) return redact(item);
    let redacted = texts.get(item);
    if (redacted === undefined) {
      redacted = redact(item);
      texts.set(item, redacted);
    }
    return redacted;
  };
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string') return text(item);
    if (typeof item !== 'object' || item === null) return item;
    if (clean(item)) return item;
    if (done.has(item)) return done.get(item);
    // A cycle, should one ever be built, ends at the object itself instead of recursing without end.
    done.set(item, item);
    const copy = Array.isArray(item) ? visitArray(item) : isPlainObject(item) ? visitObject(item) : item;
    if (copy !== item) done.set(item, copy);
    return copy;
  };
  const visitArray = (array: readonly unknown[]): readonly unknown[] => {
    let copy: unknown[] | undefined;
    for (let index = 0; index < array.length; index++) {
      const element = array[index];
      // Most of the data is long lists (findings): visit proves each element clean first and keeps it uncopied.
      const redacted = visit(element);
      if (copy === undefined && redacted !== element) copy = array.slice(0, index);
      copy?.push(redacted);
    }
    return copy ?? array;
  };
  const visitObject = (object: Record<string, unknown>): Record<string, unknown> => {
    let copy: Record<string, unknown> | undefined;
    const keys = Object.keys(object);
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      const element = object[key];
      const redactedKey = text(key);
      const redacted = visit(element);
      if (copy === undefined && (redactedKey !== key || redacted !== element)) {
        copy = {};
        for (const earlier of keys.slice(0, index)) copy[earlier] = object[earlier];
      }
      if (copy !== undefined) copy[redactedKey] = redacted;
    }
    return copy ?? object;
  };
  return visit(value) as Redacted<T>;
}

/** Strings up to this length are remembered once redacted; longer ones (titles, descriptions) rarely repeat. */
const CACHED_LENGTH = 100;

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What proves a text clean cheaply: the Redactor (see Redactor.mayHideSecret) behind the `redact` given. */
export interface CleanTextProof {
  mayHideSecret(text: string): boolean;
}

/** Deeper than this, the proof gives up and the walk decides: a cycle, should one ever be built, ends here. */
const MAX_PROOF_DEPTH = 64;

/**
 * Whether redaction would leave `value` exactly as it is: every string in it, values and keys, proven clean.
 * Read-only, copying nothing and calling no regex, so proving 100,000 clean findings costs about half of
 * walking them through the redactor. Descends where the walk descends (arrays and plain objects) and nowhere else.
 */
function holdsNothingToRedact(value: object, proof: CleanTextProof, proven: Set<object | string>, depth: number): boolean {
  // A part reached twice (a finding in the scan's list and again in its verdict entry) is proven once.
  if (proven.has(value)) return true;
  if (depth > MAX_PROOF_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (!holdsNothingInItem(item, proof, proven, depth)) return false;
  } else {
    if (!isPlainObject(value)) return true;
    // for…in: V8 enumerates a fast object's keys from a cache, allocating nothing; a plain object inherits no
    // enumerable key (and one that did would only be checked too).
    for (const key in value) {
      // Keys are few and repeat on every record: each is proven once.
      if (!proven.has(key)) {
        if (proof.mayHideSecret(key)) return false;
        proven.add(key);
      }
      if (!holdsNothingInItem(value[key], proof, proven, depth)) return false;
    }
  }
  proven.add(value);
  return true;
}

/** One array element or property value of a part at `depth`: a string proven clean, or a part proven clean. */
function holdsNothingInItem(item: unknown, proof: CleanTextProof, proven: Set<object | string>, depth: number): boolean {
  if (typeof item === 'string') return !proof.mayHideSecret(item);
  return typeof item !== 'object' || item === null || holdsNothingToRedact(item, proof, proven, depth + 1);
}
