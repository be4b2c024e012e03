/**
 * Redaction of structured data before any of it is rendered. Rendering transforms text: Markdown escaping puts
 * a backslash before `_` or `*`, a table cell cuts at a width, JSON escapes `"` and `\`. A secret redacted only
 * in the finished body can survive in any of those forms (in half, or escaped, or JSON-escaped twice when a
 * message quotes a registry's JSON answer); redacted in the data, every body built from it is clean however it
 * is written. Object keys are redacted too: a record may be keyed by what an image or registry said.
 */
import type { Redact } from './log-text.js';

/**
 * `value` with every string in it (values and keys of plain objects and arrays, at any depth) redacted. Parts
 * with nothing to redact are shared, not copied, so the common case (no secret anywhere) costs no memory; a
 * part referenced twice (a finding in the scan and in the verdict) stays one object. Anything other than a
 * string, an array or a plain object (a Buffer, a Date) is kept as it is: none of it is rendered as text.
 */
declare const redactedBrand: unique symbol;

/**
 * Data every string of which has passed the redactor. What leaves the process (files, the job summary, the
 * pull request) takes only this, so the shells redact the step's outcomes once, and nothing can skip it.
 */
export type Redacted<T> = T & { readonly [redactedBrand]: true };

export function redactValues<T>(value: T, redact: Redact): Redacted<T> {
  const done = new Map<object, unknown>();
  // Keys and short values repeat by the thousand (field names, severities, package names): each is redacted once.
  const texts = new Map<string, string>();
  const text = (item: string): string => {
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
    if (done.has(item)) return done.get(item);
    // A cycle, should one ever be built, ends at the object itself instead of recursing without end.
    done.set(item, item);
    const copy = Array.isArray(item) ? visitArray(item) : isPlainObject(item) ? visitObject(item) : item;
    done.set(item, copy);
    return copy;
  };
  const visitArray = (array: readonly unknown[]): readonly unknown[] => {
    let copy: unknown[] | undefined;
    for (let index = 0; index < array.length; index++) {
      const element = array[index];
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
