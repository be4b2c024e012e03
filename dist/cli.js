#!/usr/bin/env node
import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  Redactor,
  buildResultDocument,
  createRunContext,
  describeSource,
  gateImages,
  redactValues,
  redactorForInputs,
  renderLogTable,
  renderReportFiles,
  renderSummary,
  toolCacheVariables,
  writeReportFiles,
  writeText
} from "./chunks/chunk-77VB6L4G.js";
import {
  erroredLine,
  judgedResults,
  stepVerdict
} from "./chunks/chunk-AI7YRN6R.js";
import {
  SWITCHES,
  discard,
  takeSwitches
} from "./chunks/chunk-IANXXKJE.js";
import {
  INPUTS,
  INPUT_NAMES,
  parseConfig
} from "./chunks/chunk-YY34J5C2.js";
import {
  jsonText,
  logText,
  oneLine,
  plainText
} from "./chunks/chunk-MJR2V3T2.js";
import {
  escapeHtml
} from "./chunks/chunk-FWII52N6.js";
import "./chunks/chunk-RI7KEW47.js";
import "./chunks/chunk-LGNO2SGX.js";
import "./chunks/chunk-4ENMLC6D.js";
import "./chunks/chunk-MULAURLS.js";
import {
  IMAGE_GATE_VERSION
} from "./chunks/chunk-GS55YYJ5.js";
import "./chunks/chunk-F2F4G3SM.js";
import "./chunks/chunk-MAU7Y6NY.js";
import "./chunks/chunk-UP5ZSMSQ.js";
import "./chunks/chunk-BJR5CI72.js";
import "./chunks/chunk-WX6WFRWC.js";
import "./chunks/chunk-I7O7NM34.js";
import "./chunks/chunk-VF2KQCP3.js";
import "./chunks/chunk-ELAGO25P.js";
import {
  describeError,
  errorMessage
} from "./chunks/chunk-YQNRIA6J.js";
import "./chunks/chunk-AWIWLHBC.js";

// src/cli/main.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/cli/help.ts
var INTRO = `Usage: image-gate check IMAGE [options]
       image-gate check --report FILE [options]
       image-gate check --input ARCHIVE_OR_LAYOUT [options]
       image-gate verify IMAGE [signature options]     (signatures and attestations only)
       image-gate verify-bundle --bundle FILE ... ARTIFACT   (see image-gate verify-bundle --help)

Scans an image with Trivy, judges it against the policy, and prints the verdict.
Exit status: 0 pass, 1 policy failure (for verify: no verified signature from a trusted signer,
whatever --signatures says), 2 usage or infrastructure error.

Options are the Action's inputs (see README), each as --name VALUE.`, CLI_OPTIONS = [
  ["--summary FILE", "write the Markdown summary"],
  ["--format table|json", "what to print on stdout (default table)"],
  ["-h, --help", "this help"],
  ["--version", "the version"]
], GROUPS = [
  ["subject", "What to gate"],
  ["policy", "Policy (these win over the policy file)"],
  ["base-image", "Base image (the Dockerfile the image was built from)"],
  ["signatures", "Signatures and attestations"],
  ["registry", "Registry and Docker"],
  ["trivy", "Trivy"],
  ["output", "Output"],
  ["action", "Accepted for the same command line as the Action, acted on only there"]
], DESCRIPTION_COLUMN = 36, WIDTH = 110;
function optionName(input) {
  return input.kind === "switch" ? `--${input.name}[=true|false]` : input.value === void 0 ? `--${input.name}` : `--${input.name} ${input.value}`;
}
function optionLine(name, help) {
  let indent = " ".repeat(DESCRIPTION_COLUMN), head = `  ${name}`, lines = [], line = head.length + 2 <= DESCRIPTION_COLUMN ? head.padEnd(DESCRIPTION_COLUMN) : `${head}
${indent}`, fresh = !0;
  for (let word of help.split(" ")) {
    let lastLength = line.length - line.lastIndexOf(`
`) - 1;
    !fresh && lastLength + 1 + word.length > WIDTH ? (lines.push(line), line = indent + word) : line += fresh ? word : ` ${word}`, fresh = !1;
  }
  return lines.push(line), lines.join(`
`);
}
function usage() {
  let sections = GROUPS.map(([group, title]) => {
    let inputs = INPUTS.filter((input) => input.group === group);
    return [`${title}:`, ...inputs.map((input) => optionLine(optionName(input), input.help))].join(`
`);
  }), own = ["Command line:", ...CLI_OPTIONS.map(([name, help]) => optionLine(name, help))].join(`
`);
  return `${[INTRO, ...sections, own].join(`

`)}
`;
}
var USAGE = usage();

// src/cli/main.ts
var EXIT_PASS = 0, EXIT_POLICY_FAILURE = 1, EXIT_ERROR = 2;
function seamedIo(io, redact) {
  return { ...io, stdout: (text) => io.stdout(logText(text, redact)), stderr: (text) => io.stderr(logText(text, redact)) };
}
async function main(argv, rawIo) {
  let redactor = new Redactor(), io = seamedIo(rawIo, (text) => redactor.redact(text));
  if (argv[0] === "verify-bundle") {
    let { verifyBundleCommand } = await import("./chunks/verify-bundle-YVG2Q67L.js");
    return verifyBundleCommand(argv.slice(1), io);
  }
  let options = {
    help: { type: "boolean", short: "h" },
    version: { type: "boolean" },
    sarif: { type: "string" },
    summary: { type: "string" },
    format: { type: "string" }
  };
  for (let name of INPUT_NAMES) SWITCHES.includes(name) || (options[name] = { type: "string" });
  options.image = { type: "string", multiple: !0 }, options.vex = { type: "string", multiple: !0 };
  let { switches, rest } = takeSwitches(argv), parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: !0, strict: !0 });
  } catch (error) {
    return io.stderr(`image-gate: ${errorMessage(error)}

${USAGE}`), EXIT_ERROR;
  }
  let { values, positionals } = parsed;
  if (values.help)
    return io.stdout(USAGE), EXIT_PASS;
  if (values.version)
    return io.stdout(`image-gate ${IMAGE_GATE_VERSION}
`), EXIT_PASS;
  let [command, ...imageArguments] = positionals;
  if (command !== "check" && command !== "verify")
    return io.stderr(`image-gate: ${command === void 0 ? "no command given" : `unknown command "${command}"`}

${USAGE}`), EXIT_ERROR;
  let format = typeof values.format == "string" ? values.format : "table";
  if (format !== "table" && format !== "json")
    return io.stderr(`image-gate: --format must be table or json, not "${format}"
`), EXIT_ERROR;
  let flag = (name) => {
    let value = values[name];
    return typeof value == "string" ? value : void 0;
  }, imageFlags = Array.isArray(values.image) ? values.image.filter((value) => typeof value == "string") : [];
  if (imageArguments.length > 0 && imageFlags.length > 0)
    return io.stderr(`image-gate: give the images as arguments or as --image, not both
`), EXIT_ERROR;
  let images = [...imageArguments, ...imageFlags].join(`
`), vexFlags = Array.isArray(values.vex) ? values.vex.filter((value) => typeof value == "string") : [], sarifFile = flag("sarif") ?? flag("sarif-file");
  redactor = redactorForInputs(flag);
  let logger = {
    debug: discard,
    info: (message) => io.stderr(`${oneLine(message)}
`),
    warning: (message) => io.stderr(`warning: ${oneLine(message)}
`)
  }, tempDir = mkdtempSync(join(tmpdir(), "image-gate-"));
  try {
    let config = parseConfig((name) => name === "image" ? images : name === "sarif-file" ? sarifFile ?? "" : name === "vex" ? vexFlags.join(`
`) : switches.get(name) ?? flag(name) ?? "", { workspace: io.cwd, tempDir }), context = createRunContext({ config, env: io.env, logger, workspace: io.cwd, tempDir });
    if (Object.assign(process.env, toolCacheVariables(context)), command === "verify") {
      let { verifyImage } = await import("./chunks/verify-VH5ZGQBB.js"), outcome = await verifyImage(config, context);
      return io.stdout(format === "json" ? `${jsonText({ digest: outcome.digest, signatures: outcome.signatures })}
` : `${outcome.text}
`), outcome.failure === void 0 ? EXIT_PASS : (io.stderr(`image-gate verify: ${oneLine(outcome.failure)}
`), EXIT_POLICY_FAILURE);
    }
    logger.info(`image-gate ${IMAGE_GATE_VERSION}: gating ${config.sources.map(describeSource).join(", ")}`);
    let redact = (text) => redactor.redact(text), outcomes = redactValues(await gateImages(config, context), redact, redactor), results = judgedResults(outcomes), errors = outcomes.flatMap((outcome) => outcome.result === void 0 ? [erroredLine(outcome, config.sources.length > 1)] : []);
    await writeReportFiles(
      renderReportFiles(
        outcomes,
        { ...sarifFile && { sarifFile: config.sarifFile }, ...flag("result-file") && { resultFile: config.resultFile } },
        IMAGE_GATE_VERSION
      )
    );
    let summaryFile = flag("summary");
    summaryFile && await writeText(resolve(io.cwd, summaryFile), redact(cliSummary(outcomes, results.length > 0, errors))), format === "json" ? io.stdout(`${jsonText(buildResultDocument(outcomes))}
`) : results.length > 0 && io.stdout(`${results.map(renderLogTable).join(`

`)}
`);
    for (let error of errors) io.stderr(`image-gate: ${error}
`);
    let step = stepVerdict(outcomes);
    return step.outcome === "error" ? EXIT_ERROR : (step.outcome === "fail" && !step.failsStep && io.stderr(`The policy is breached, but --mode audit never fails.
`), step.failsStep ? EXIT_POLICY_FAILURE : EXIT_PASS);
  } catch (error) {
    return io.stderr(`image-gate: ${describeError(error)}
`), EXIT_ERROR;
  } finally {
    rmSync(tempDir, { recursive: !0, force: !0 });
  }
}
function cliSummary(outcomes, anyJudged, errors) {
  let judged = anyJudged ? renderSummary(outcomes) : "";
  if (errors.length === 0) return judged;
  let section = `## Image gate: error

The gate could not reach a verdict, so the run fails:

<pre>${escapeHtml(plainText(errors.join(`
`)))}</pre>
`;
  return judged === "" ? section : `${judged}
${section}`;
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
});
