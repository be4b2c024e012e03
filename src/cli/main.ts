import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { INPUT_NAMES, parseConfig, type InputName } from '../config/parse.js';
import { describeError, errorMessage } from '../core/model/errors.js';
import { discard, type Logger } from '../core/model/logger.js';
import { describeSource } from '../app/check/describe-source.js';
import { gateImages } from '../app/check/gate-images.js';
import { createRunContext, toolCacheVariables } from '../app/context.js';
import { writeReportFiles, writeText } from '../app/publish/write-files.js';
import { renderReportFiles } from '../report/report-files.js';
import { buildResultDocument } from '../report/result-file/result-json.js';
import { renderSummary } from '../report/summary/summary.js';
import { jsonText, logText, oneLine, plainText, type Redact } from '../report/text/log-text.js';
import { escapeHtml } from '../report/summary/markdown.js';
import { redactValues } from '../report/neutralise/redact-values.js';
import { erroredLine, judgedResults, stepVerdict } from '../report/step-outcome.js';
import { Redactor, redactorForInputs } from '../report/neutralise/redaction.js';
import { renderLogTable } from '../report/summary/table.js';
import { IMAGE_GATE_VERSION } from '../core/model/version.js';
import { USAGE } from './help.js';
import { SWITCHES, takeSwitches } from './switches.js';

export const EXIT_PASS = 0;
export const EXIT_POLICY_FAILURE = 1;
export const EXIT_ERROR = 2;

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
  // Several images, as the image input takes them: --image repeated, or one --image with a list (comma or newline).
  options.image = { type: 'string', multiple: true };
  // VEX documents as --vex repeated, or one --vex with one path per line, as the Action's input takes them.
  options.vex = { type: 'string', multiple: true };
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
  const [command, ...imageArguments] = positionals;
  if (command !== 'check' && command !== 'verify') {
    io.stderr(`image-gate: ${command === undefined ? 'no command given' : `unknown command "${command}"`}\n\n${USAGE}`);
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
  const imageFlags = Array.isArray(values.image) ? values.image.filter((value) => typeof value === 'string') : [];
  if (imageArguments.length > 0 && imageFlags.length > 0) {
    io.stderr('image-gate: give the images as arguments or as --image, not both\n');
    return EXIT_ERROR;
  }
  // One value of the image input, one image per line: parseConfig reads it as it reads the Action's.
  const images = [...imageArguments, ...imageFlags].join('\n');
  const vexFlags = Array.isArray(values.vex) ? values.vex.filter((value) => typeof value === 'string') : [];
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
      if (name === 'image') return images;
      if (name === 'sarif-file') return sarifFile ?? '';
      if (name === 'vex') return vexFlags.join('\n');
      return switches.get(name) ?? flag(name) ?? '';
    };
    const config = parseConfig(read, { workspace: io.cwd, tempDir });
    const context = createRunContext({ config, env: io.env, logger, workspace: io.cwd, tempDir });
    // @actions/tool-cache reads its folders from process.env only (see toolCacheVariables): the gate's one write to it.
    Object.assign(process.env, toolCacheVariables(context));
    if (command === 'verify') {
      const { verifyImage } = await import('./verify.js');
      const outcome = await verifyImage(config, context);
      io.stdout(format === 'json' ? `${jsonText({ digest: outcome.digest, signatures: outcome.signatures })}\n` : `${outcome.text}\n`);
      // The signature check alone: no verified trusted signature is a failure in every mode (see verify.ts).
      if (outcome.failure === undefined) return EXIT_PASS;
      io.stderr(`image-gate verify: ${oneLine(outcome.failure)}\n`);
      return EXIT_POLICY_FAILURE;
    }
    logger.info(`image-gate ${IMAGE_GATE_VERSION}: gating ${config.sources.map(describeSource).join(', ')}`);
    const redact = (text: string): string => redactor.redact(text);
    // Every image given, as the Action gates them: one image's error does not hide the others' verdicts.
    // Redacted once, before anything is rendered: a secret escaped for Markdown (`ghs\_…`), JSON-escaped or cut
    // in a table cell would no longer match in the finished text. Everything below is built from these.
    // The redactor proves most parts clean without copying them (see redactValues).
    const outcomes = redactValues(await gateImages(config, context), redact, redactor);
    const results = judgedResults(outcomes);
    // With one image its error is the run's; with several, each names its image.
    const errors = outcomes.flatMap((outcome) => (outcome.result === undefined ? [erroredLine(outcome, config.sources.length > 1)] : []));
    // Written whatever the outcome: a result file from an earlier run must not stand for this one's error.
    await writeReportFiles(
      renderReportFiles(
        outcomes,
        { ...(sarifFile && { sarifFile: config.sarifFile }), ...(flag('result-file') && { resultFile: config.resultFile }) },
        IMAGE_GATE_VERSION,
      ),
    );
    const summaryFile = flag('summary');
    if (summaryFile) await writeText(resolve(io.cwd, summaryFile), redact(cliSummary(outcomes, results.length > 0, errors)));
    if (format === 'json') io.stdout(`${jsonText(buildResultDocument(outcomes))}\n`);
    else if (results.length > 0) io.stdout(`${results.map(renderLogTable).join('\n\n')}\n`);
    for (const error of errors) io.stderr(`image-gate: ${error}\n`);
    const step = stepVerdict(outcomes);
    if (step.outcome === 'error') return EXIT_ERROR;
    if (step.outcome === 'fail' && !step.failsStep) {
      io.stderr('The policy is breached, but --mode audit never fails.\n');
    }
    return step.failsStep ? EXIT_POLICY_FAILURE : EXIT_PASS;
  } catch (error) {
    io.stderr(`image-gate: ${describeError(error)}\n`);
    return EXIT_ERROR;
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

/** The judged images' summary, and the images that got no verdict with why, as the Action's job summary shows them. */
function cliSummary(outcomes: Parameters<typeof renderSummary>[0], anyJudged: boolean, errors: readonly string[]): string {
  // Given the outcomes, the summary shows an index's errored platform within its image.
  const judged = anyJudged ? renderSummary(outcomes) : '';
  if (errors.length === 0) return judged;
  const section = `## Image gate: error\n\nThe gate could not reach a verdict, so the run fails:\n\n<pre>${escapeHtml(plainText(errors.join('\n')))}</pre>\n`;
  return judged === '' ? section : `${judged}\n${section}`;
}
