/**
 * The raw words of an instruction, split as BuildKit splits FROM (on whitespace, quotes not special),
 * after joining continuation lines. The words keep their escape characters and quotes: expanding
 * them is the shell lexer's job (shell-word.ts), which needs to see both.
 */
export function instructionWords(rawArguments: string, escape: string): string[] {
  const lines = rawArguments.replace(/\r\n?/g, '\n').split('\n');
  const continuation = new RegExp(`${escapeRegExp(escape)}[ \\t]*$`);
  let joined = '';
  let continued = false;
  for (const line of lines) {
    // Inside a continuation BuildKit drops comment lines and empty lines.
    if (continued && /^\s*(#.*)?$/.test(line)) continue;
    const match = continuation.exec(line);
    joined += match ? line.slice(0, match.index) : line;
    continued = match !== null;
    if (!continued) joined += '\n';
  }
  return joined.split(/\s+/).filter((word) => word !== '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
