/**
 * The characters of outside text that must not reach a reader as they are, defined once for every place
 * that cleans text (the log seam, Markdown, the policy diff, JSON for stdout). Each is the body of a
 * regular-expression character class, so a site can combine them and spell out what it deliberately keeps
 * (a tab in a code block, the C0 controls JSON.stringify escapes itself).
 */

/** C0 controls (tab and line feed included): each can end a line, move the cursor or begin a terminal escape. */
export const C0_CONTROLS = '\\x00-\\x1f';

/** DEL and the C1 controls (0x9b alone begins a terminal escape in 8-bit terminals). */
export const DEL_AND_C1_CONTROLS = '\\x7f-\\x9f';

/**
 * Characters that make a line read as something other than it is: the bidirectional controls that reorder
 * what a reader sees ("Trojan Source": ALM, LRM, RLM, the embeddings and overrides, the isolates) and the
 * invisible ones that hide a difference (zero-width space and joiners, word joiner, invisible operators,
 * the byte-order mark), so that "acme/app" and "acme/a\u200bpp" would look the same.
 */
export const DECEPTIVE = '\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';

/** Unicode line and paragraph separators: not line ends to the runner, but a viewer may break the line there. */
export const LINE_SEPARATORS = '\\u2028\\u2029';

/** A character class of the given bodies, e.g. `characterClass([C0_CONTROLS, DECEPTIVE], 'g')`. */
export function characterClass(bodies: readonly string[], flags: string, options: { runs?: boolean; except?: string } = {}): RegExp {
  // `except` is a class body too: the characters a site keeps on purpose, excluded by a lookahead.
  const except = options.except === undefined ? '' : `(?![${options.except}])`;
  const one = `${except}[${bodies.join('')}]`;
  return new RegExp(options.runs === true ? `(?:${one})+` : one, flags);
}
