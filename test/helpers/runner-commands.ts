/**
 * An emulation of how the GitHub Actions runner reads a step's output, to list the workflow commands it
 * WOULD honour. Written from actions/runner's source (src/Runner.Common/ActionCommand.cs at 079cdb1d05fe,
 * src/Runner.Worker/ActionCommandManager.cs at 02523b9a60a2; read, not copied):
 * - lines end at "\r", "\n" or "\r\n" (StreamReader.ReadLine), on stdout and stderr alike;
 * - V2 first: the line TrimStart()-ed (.NET whitespace) must StartsWith("::"); the command info runs to the
 *   next "::"; its name is up to the first space; properties are `k=v` split on ",";
 * - otherwise the legacy form: IndexOf("##[") anywhere, the info runs to the next "]", properties split on ";";
 * - a name counts only if registered (case-insensitive);
 * - `stop-commands` pauses everything until a command named as its data (the token) comes back.
 * StartsWith(string) and IndexOf(string) are culture-sensitive there, and .NET compares with ICU, which
 * ignores many code points completely (zero-width and format characters, some combining marks). The
 * emulation asks ICU (Intl.Collator) which characters those are and drops them before matching, so text
 * that only an ordinal comparison would miss is still found.
 */

/** The commands the runner registers (ActionCommandManager and its extensions), lower case. */
export const REGISTERED_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
] as const;

export interface HonouredCommand {
  /** Lower case. For the resume of stop-commands: 'resume-commands' with the token as data. */
  command: string;
  properties: Record<string, string>;
  data: string;
  form: 'v2' | 'legacy';
  /** 0-based line index in the output. */
  line: number;
}

// .NET's Char.IsWhiteSpace, which String.TrimStart() drops.
const DOTNET_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

const collator = new Intl.Collator('und', { sensitivity: 'variant' });
const ignorableCache = new Map<number, boolean>();

/** Whether ICU's root collation ignores the code point completely (":" + it + ":" equals "::"). */
export function icuIgnores(codePoint: number): boolean {
  let ignored = ignorableCache.get(codePoint);
  if (ignored === undefined) {
    ignored = collator.compare(`:${String.fromCodePoint(codePoint)}:`, '::') === 0;
    ignorableCache.set(codePoint, ignored);
  }
  return ignored;
}

/** The text as ICU's comparison sees it when matching "::" or "##[": without the code points it ignores. */
function collationView(text: string): string {
  let view = '';
  for (const char of text) if (!icuIgnores(char.codePointAt(0) ?? 0)) view += char;
  return view;
}

function unescape(text: string, mappings: readonly [string, string][]): string {
  let result = text;
  for (const [escaped, char] of mappings) result = result.split(escaped).join(char);
  return result;
}
const V2_DATA: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const V2_PROPERTY: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const LEGACY: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

function properties(text: string, separator: string, mappings: readonly [string, string][]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of text.split(separator).filter((part) => part !== '')) {
    const index = pair.indexOf('=');
    // .NET's Split('=', 2, RemoveEmptyEntries): "=x" and "k=" are one part, and are skipped.
    if (index <= 0 || index === pair.length - 1) continue;
    result[pair.slice(0, index)] = unescape(pair.slice(index + 1), mappings);
  }
  return result;
}

interface Parsed {
  command: string;
  properties: Record<string, string>;
  data: string;
  form: 'v2' | 'legacy';
}

function parseV2(line: string, registered: ReadonlySet<string>): Parsed | undefined {
  const message = collationView(line.replace(DOTNET_WHITESPACE, ''));
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  // An empty name throws in ActionCommand's constructor, which TryParseV2 turns into "not a command".
  if (name === '' || !registered.has(name)) return undefined;
  return {
    command: name,
    properties: space > 0 ? properties(info.slice(space + 1).trim(), ',', V2_PROPERTY) : {},
    data: unescape(message.slice(end + 2), V2_DATA),
    form: 'v2',
  };
}

function parseLegacy(line: string, registered: ReadonlySet<string>): Parsed | undefined {
  const message = collationView(line);
  const start = message.indexOf('##[');
  if (start < 0) return undefined;
  const close = message.indexOf(']', start);
  if (close < 0) return undefined;
  const info = message.slice(start + 3, close);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (name === '' || !registered.has(name)) return undefined;
  return {
    command: name,
    properties: space > 0 ? properties(info.slice(space + 1), ';', LEGACY) : {},
    data: unescape(message.slice(close + 1), LEGACY),
    form: 'legacy',
  };
}

/** The commands the runner would act on in this output, in order, stop-commands and their resume included. */
export function honouredCommands(output: string): HonouredCommand[] {
  const registered = new Set<string>(REGISTERED_COMMANDS);
  const honoured: HonouredCommand[] = [];
  let stopToken: string | undefined;
  output.split(/\r\n|\r|\n/).forEach((line, index) => {
    const parsed = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (parsed === undefined) return;
    if (stopToken !== undefined) {
      // An empty token is never resumed: the runner checks IsNullOrEmpty before comparing.
      if (stopToken !== '' && parsed.command === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
        honoured.push({ command: 'resume-commands', properties: {}, data: parsed.command, form: parsed.form, line: index });
      }
      return;
    }
    if (parsed.command === 'stop-commands') {
      stopToken = parsed.data.toLowerCase();
      registered.add(stopToken);
    }
    honoured.push({ ...parsed, line: index });
  });
  return honoured;
}
