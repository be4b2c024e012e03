/**
 * `image-gate --help`: the commands, then every input of the Action as an option, generated from the one list
 * of inputs (src/config/inputs.ts), so an input added there cannot be missing here.
 */
import { INPUTS, type InputGroup, type InputSpec } from '../config/inputs.js';

const INTRO = `Usage: image-gate check IMAGE [options]
       image-gate check --report FILE [options]
       image-gate check --input ARCHIVE_OR_LAYOUT [options]
       image-gate verify IMAGE [signature options]     (signatures and attestations only)
       image-gate verify-bundle --bundle FILE ... ARTIFACT   (see image-gate verify-bundle --help)

Scans an image with Trivy, judges it against the policy, and prints the verdict.
Exit status: 0 pass, 1 policy failure (for verify: no verified signature from a trusted signer,
whatever --signatures says), 2 usage or infrastructure error.

Options are the Action's inputs (see README), each as --name VALUE.`;

/** The CLI's own options, which no Action input has. */
const CLI_OPTIONS: readonly [string, string][] = [
  ['--summary FILE', 'write the Markdown summary'],
  ['--format table|json', 'what to print on stdout (default table)'],
  ['-h, --help', 'this help'],
  ['--version', 'the version'],
];

const GROUPS: readonly [InputGroup, string][] = [
  ['subject', 'What to gate'],
  ['policy', 'Policy (these win over the policy file)'],
  ['base-image', 'Base image (the Dockerfile the image was built from)'],
  ['signatures', 'Signatures and attestations'],
  ['registry', 'Registry and Docker'],
  ['trivy', 'Trivy'],
  ['output', 'Output'],
  ['action', 'Accepted for the same command line as the Action, acted on only there'],
];

/** Where the descriptions start, and where lines end. */
const DESCRIPTION_COLUMN = 36;
const WIDTH = 110;

function optionName(input: InputSpec): string {
  if (input.kind === 'switch') return `--${input.name}[=true|false]`;
  return input.value === undefined ? `--${input.name}` : `--${input.name} ${input.value}`;
}

/** `  --name VALUE   what it does`, the description on the next line when the name is too long, and wrapped. */
function optionLine(name: string, help: string): string {
  const indent = ' '.repeat(DESCRIPTION_COLUMN);
  const head = `  ${name}`;
  const lines: string[] = [];
  let line = head.length + 2 <= DESCRIPTION_COLUMN ? head.padEnd(DESCRIPTION_COLUMN) : `${head}\n${indent}`;
  let fresh = true;
  for (const word of help.split(' ')) {
    const lastLength = line.length - line.lastIndexOf('\n') - 1;
    if (!fresh && lastLength + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else {
      line += fresh ? word : ` ${word}`;
    }
    fresh = false;
  }
  lines.push(line);
  return lines.join('\n');
}

function usage(): string {
  const sections = GROUPS.map(([group, title]) => {
    const inputs: readonly InputSpec[] = INPUTS.filter((input) => input.group === group);
    return [`${title}:`, ...inputs.map((input) => optionLine(optionName(input), input.help))].join('\n');
  });
  const own = ['Command line:', ...CLI_OPTIONS.map(([name, help]) => optionLine(name, help))].join('\n');
  return `${[INTRO, ...sections, own].join('\n\n')}\n`;
}

export const USAGE = usage();
