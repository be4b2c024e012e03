import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { INPUT_NAMES, parseConfig, type InputName } from '../config/parse.js';
import { describeError, errorMessage } from '../core/errors.js';
import { discard, type Logger } from '../core/logger.js';
import { describeSource } from '../gate/describe-source.js';
import { gateImage } from '../gate/gate-image.js';
import { writeReportFiles, writeText } from '../publish/write-files.js';
import { buildResultDocument } from '../report/result-json.js';
import { renderSummary } from '../report/summary.js';
import { jsonText, logText, oneLine, type Redact } from '../report/log-text.js';
import { redactValues } from '../report/redact-values.js';
import { judgedResults } from '../report/step-outcome.js';
import { Redactor, redactorForInputs } from '../report/redaction.js';
import { renderLogTable } from '../report/table.js';
import { DEFAULT_TRIVY_VERSION } from '../trivy/release.js';
import { IMAGE_GATE_VERSION } from '../version.js';

export const EXIT_PASS = 0;
export const EXIT_POLICY_FAILURE = 1;
export const EXIT_ERROR = 2;

const USAGE = `Usage: image-gate check IMAGE [options]
       image-gate check --report FILE [options]
       image-gate check --input ARCHIVE_OR_LAYOUT [options]
       image-gate verify IMAGE [signature options]     (signatures and attestations only)
       image-gate verify-bundle --bundle FILE ... ARTIFACT   (see image-gate verify-bundle --help)

Scans an image with Trivy, judges it against the policy, and prints the verdict.
Exit status: 0 pass, 1 policy failure (for verify: no verified signature from a trusted signer,
whatever --signatures says), 2 usage or infrastructure error.

Options are named like the Action's inputs (see README), e.g.:
  --image-source registry|docker   where IMAGE lives (default registry)
  --report FILE                    judge an existing Trivy JSON report; no scan
  --policy FILE                    policy file (default .github/image-gate.yml when present)
  --mode enforce|audit             audit reports a failing verdict but exits 0
  --fail-on-severity LEVEL         unknown|low|medium|high|critical|none
  --sarif FILE, --sarif-file FILE  write SARIF 2.1.0
  --result-file FILE               write the machine-readable result
  --summary FILE                   write the Markdown summary
  --format table|json              what to print on stdout (default table)
  --dockerfile FILE                annotate findings on its final FROM line
  --platform os/arch               platform of a multi-platform image
  --trivy-path FILE, --trivy-version X, --trivy-server URL, --scanners vuln,secret,...
  --signatures required|optional|off, --certificate-identity[-regexp] X,
  --certificate-oidc-issuer[-regexp] X, --key PEM_FILE, --trusted-root FILE
  --insecure-ignore-tlog           accept key signatures with no transparency-log entry (as cosign)
  --ca-roots PEM_FILE [--ca-intermediates PEM_FILE] | --certificate-chain PEM_FILE,
  --insecure-ignore-sct            a private CA's certificates (as cosign verify)
`;

/**
 * Inputs that are switches on the command line, as cosign's are: `--name` alone means true, `--name=true|false`
 * says it. They are taken out before the other options are parsed (every other input takes a value).
 */
const SWITCHES: readonly InputName[] = ['insecure-ignore-tlog', 'insecure-ignore-sct'];

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

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Everything the CLI writes passes the log seam: terminal escapes and controls stripped, workflow commands
 * neutralised (the CLI may run inside a workflow step), and secrets redacted, whether or not a runner masks
 * them. The redactor learns the secrets once the options are read.
 */
function seamedIo(io: CliIo, redact: Redact): CliIo {
  return { ...io, stdout: (text) => io.stdout(logText(text, redact)), stderr: (text) => io.stderr(logText(text, redact)) };
}

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  let redactor = new Redactor();
  const io = seamedIo(rawIo, (text) => redactor.redact(text));
  if (argv[0] === 'verify-bundle') {
    const { verifyBundleCommand } = await import('./verify-bundle.js');
    return verifyBundleCommand(argv.slice(1), io);
  }
  const options: ParseArgsOptionsConfig = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    sarif: { type: 'string' },
    summary: { type: 'string' },
    format: { type: 'string' },
  };
  for (const name of INPUT_NAMES) if (!SWITCHES.includes(name)) options[name] = { type: 'string' };
  const { switches, rest } = takeSwitches(argv);

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`image-gate: ${errorMessage(error)}\n\n${USAGE}`);
    return EXIT_ERROR;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_PASS;
  }
  if (values.version) {
    io.stdout(`image-gate ${IMAGE_GATE_VERSION}\n`);
    return EXIT_PASS;
  }
  const [command, image, ...extra] = positionals;
  if ((command !== 'check' && command !== 'verify') || extra.length > 0) {
    io.stderr(`image-gate: ${command === undefined ? 'no command given' : command !== 'check' && command !== 'verify' ? `unknown command "${command}"` : `unexpected argument "${extra[0]}"`}\n\n${USAGE}`);
    return EXIT_ERROR;
  }
  const format = typeof values.format === 'string' ? values.format : 'table';
  if (format !== 'table' && format !== 'json') {
    io.stderr(`image-gate: --format must be table or json, not "${format}"\n`);
    return EXIT_ERROR;
  }
  const flag = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  if (image !== undefined && flag('image') !== undefined) {
    io.stderr('image-gate: give the image once, as an argument or as --image\n');
    return EXIT_ERROR;
  }
  const sarifFile = flag('sarif') ?? flag('sarif-file');
  redactor = redactorForInputs(flag);

  // A library message is one line, whatever the image or the registry put in the values it quotes.
  const logger: Logger = {
    debug: discard,
    info: (message) => io.stderr(`${oneLine(message)}\n`),
    warning: (message) => io.stderr(`warning: ${oneLine(message)}\n`),
  };
  // A fresh 0700 folder for Trivy's output and exported archives: a predictable /tmp name could be made first by
  // another user of the machine. Removed when the command ends.
  const tempDir = mkdtempSync(join(tmpdir(), 'image-gate-'));
  try {
    const read = (name: InputName): string => {
      if (name === 'image') return image ?? flag('image') ?? '';
      if (name === 'sarif-file') return sarifFile ?? '';
      return switches.get(name) ?? flag(name) ?? '';
    };
    const config = parseConfig(read, {
      workspace: io.cwd,
      tempDir,
      defaultTrivyVersion: DEFAULT_TRIVY_VERSION,
    });
    if (command === 'verify') {
      const { verifyImage } = await import('./verify.js');
      const outcome = await verifyImage(config, { logger, now: () => new Date(), workspace: io.cwd, env: io.env });
      io.stdout(format === 'json' ? `${jsonText({ digest: outcome.digest, signatures: outcome.signatures })}\n` : `${outcome.text}\n`);
      // The signature check alone: no verified trusted signature is a failure in every mode (see verify.ts).
      if (outcome.failure === undefined) return EXIT_PASS;
      io.stderr(`image-gate verify: ${oneLine(outcome.failure)}\n`);
      return EXIT_POLICY_FAILURE;
    }
    logger.info(`image-gate ${IMAGE_GATE_VERSION}: gating ${describeSource(config)}`);
    const judged = await gateImage(config, { logger, now: () => new Date(), workspace: io.cwd, env: io.env });
    const redact = (text: string): string => redactor.redact(text);
    // Redacted once, before anything is rendered: a secret escaped for Markdown (`ghs\_…`), JSON-escaped or cut
    // in a table cell would no longer match in the finished text. Everything below is built from these.
    // The redactor proves most parts clean without copying them (see redactValues).
    const outcomes = redactValues([{ input: judged.subject.input, result: judged }], redact, redactor);
    const results = judgedResults(outcomes);
    await writeReportFiles(
      outcomes,
      { ...(sarifFile && { sarifFile: config.sarifFile }), ...(flag('result-file') && { resultFile: config.resultFile }) },
      IMAGE_GATE_VERSION,
    );
    const summaryFile = flag('summary');
    if (summaryFile) await writeText(resolve(io.cwd, summaryFile), redact(renderSummary(results)));
    io.stdout(format === 'json' ? `${jsonText(buildResultDocument(outcomes))}\n` : `${results.map(renderLogTable).join('\n\n')}\n`);
    if (judged.verdict.outcome === 'fail' && !judged.verdict.failsStep) {
      io.stderr('The policy is breached, but --mode audit never fails.\n');
    }
    return judged.verdict.failsStep ? EXIT_POLICY_FAILURE : EXIT_PASS;
  } catch (error) {
    io.stderr(`image-gate: ${describeError(error)}\n`);
    return EXIT_ERROR;
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}
