/** The CLI's switches, shared by check, verify and verify-bundle. */
import { SWITCH_INPUTS } from '../config/inputs.js';
import type { InputName } from '../config/parse.js';

/**
 * Inputs that are switches on the command line, as cosign's are: `--name` alone means true, `--name=true|false`
 * says it. They are taken out before the other options are parsed (every other input takes a value).
 */
export const SWITCHES: readonly InputName[] = SWITCH_INPUTS;

/** The switches given (the last one of a name wins), and the arguments without them; `--` ends the options. */
export function takeSwitches(argv: readonly string[]): { switches: Map<InputName, string>; rest: string[] } {
  const switches = new Map<InputName, string>();
  const rest: string[] = [];
  let optionsEnded = false;
  for (const arg of argv) {
    if (arg === '--') optionsEnded = true;
    const [, name, value] = optionsEnded ? [] : (/^--([a-z-]+)(?:=(.*))?$/s.exec(arg) ?? []);
    const known = SWITCHES.find((candidate) => candidate === name);
    if (known === undefined) {
      rest.push(arg);
      continue;
    }
    switches.set(known, value ?? 'true');
  }
  return { switches, rest };
}
