#!/usr/bin/env node
import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  INPUT_NAMES,
  Redactor,
  describeSource,
  parseConfig,
  redactValues,
  redactorForInputs,
  renderLogTable,
  renderSummary
} from "./chunks/chunk-J7PC6GUJ.js";
import {
  buildResultDocument,
  judgedResults,
  writeReportFiles,
  writeText
} from "./chunks/chunk-7AX3VGSQ.js";
import {
  discard
} from "./chunks/chunk-RXB32DBM.js";
import {
  gateImage,
  jsonText,
  logText,
  oneLine
} from "./chunks/chunk-DX4JBSO4.js";
import "./chunks/chunk-TMZ6LCNP.js";
import "./chunks/chunk-4XS4QJKD.js";
import "./chunks/chunk-D3YBBIDK.js";
import "./chunks/chunk-273H4YJN.js";
import "./chunks/chunk-4TRXQ6F2.js";
import {
  DEFAULT_TRIVY_VERSION
} from "./chunks/chunk-2BZTDZ4F.js";
import "./chunks/chunk-Q5RBDHA7.js";
import {
  IMAGE_GATE_VERSION
} from "./chunks/chunk-OGSR4OQS.js";
import "./chunks/chunk-CRON7FWU.js";
import "./chunks/chunk-BPCT2QDF.js";
import {
  describeError
} from "./chunks/chunk-IBDES4N3.js";
import "./chunks/chunk-AWIWLHBC.js";

// src/cli/main.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
var EXIT_PASS = 0, EXIT_POLICY_FAILURE = 1, EXIT_ERROR = 2, USAGE = `Usage: image-gate check IMAGE [options]
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
`, SWITCHES = ["insecure-ignore-tlog", "insecure-ignore-sct"];
function takeSwitches(argv) {
  let switches = /* @__PURE__ */ new Map(), rest = [], optionsEnded = !1;
  for (let arg of argv) {
    arg === "--" && (optionsEnded = !0);
    let [, name, value] = optionsEnded ? [] : /^--([a-z-]+)(?:=(.*))?$/s.exec(arg) ?? [], known = SWITCHES.find((candidate) => candidate === name);
    if (known === void 0) {
      rest.push(arg);
      continue;
    }
    switches.set(known, value ?? "true");
  }
  return { switches, rest };
}
function seamedIo(io, redact) {
  return { ...io, stdout: (text) => io.stdout(logText(text, redact)), stderr: (text) => io.stderr(logText(text, redact)) };
}
async function main(argv, rawIo) {
  let redactor = new Redactor(), io = seamedIo(rawIo, (text) => redactor.redact(text));
  if (argv[0] === "verify-bundle") {
    let { verifyBundleCommand } = await import("./chunks/verify-bundle-TCLKYJGV.js");
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
  let { switches, rest } = takeSwitches(argv), parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: !0, strict: !0 });
  } catch (error) {
    return io.stderr(`image-gate: ${error instanceof Error ? error.message : String(error)}

${USAGE}`), EXIT_ERROR;
  }
  let { values, positionals } = parsed;
  if (values.help)
    return io.stdout(USAGE), EXIT_PASS;
  if (values.version)
    return io.stdout(`image-gate ${IMAGE_GATE_VERSION}
`), EXIT_PASS;
  let [command, image, ...extra] = positionals;
  if (command !== "check" && command !== "verify" || extra.length > 0)
    return io.stderr(`image-gate: ${command === void 0 ? "no command given" : command !== "check" && command !== "verify" ? `unknown command "${command}"` : `unexpected argument "${extra[0]}"`}

${USAGE}`), EXIT_ERROR;
  let format = typeof values.format == "string" ? values.format : "table";
  if (format !== "table" && format !== "json")
    return io.stderr(`image-gate: --format must be table or json, not "${format}"
`), EXIT_ERROR;
  let flag = (name) => {
    let value = values[name];
    return typeof value == "string" ? value : void 0;
  };
  if (image !== void 0 && flag("image") !== void 0)
    return io.stderr(`image-gate: give the image once, as an argument or as --image
`), EXIT_ERROR;
  let sarifFile = flag("sarif") ?? flag("sarif-file");
  redactor = redactorForInputs(flag);
  let logger = {
    debug: discard,
    info: (message) => io.stderr(`${oneLine(message)}
`),
    warning: (message) => io.stderr(`warning: ${oneLine(message)}
`)
  }, tempDir = mkdtempSync(join(tmpdir(), "image-gate-"));
  try {
    let config = parseConfig((name) => name === "image" ? image ?? flag("image") ?? "" : name === "sarif-file" ? sarifFile ?? "" : switches.get(name) ?? flag(name) ?? "", {
      workspace: io.cwd,
      tempDir,
      defaultTrivyVersion: DEFAULT_TRIVY_VERSION
    });
    if (command === "verify") {
      let { verifyImage } = await import("./chunks/verify-TEPUYHO3.js"), outcome = await verifyImage(config, { logger, now: () => /* @__PURE__ */ new Date(), workspace: io.cwd, env: io.env });
      return io.stdout(format === "json" ? `${jsonText({ digest: outcome.digest, signatures: outcome.signatures })}
` : `${outcome.text}
`), outcome.failure === void 0 ? EXIT_PASS : (io.stderr(`image-gate verify: ${oneLine(outcome.failure)}
`), EXIT_POLICY_FAILURE);
    }
    logger.info(`image-gate ${IMAGE_GATE_VERSION}: gating ${describeSource(config)}`);
    let judged = await gateImage(config, { logger, now: () => /* @__PURE__ */ new Date(), workspace: io.cwd, env: io.env }), redact = (text) => redactor.redact(text), outcomes = redactValues([{ input: judged.subject.input, result: judged }], redact, redactor), results = judgedResults(outcomes);
    await writeReportFiles(
      outcomes,
      { ...sarifFile && { sarifFile: config.sarifFile }, ...flag("result-file") && { resultFile: config.resultFile } },
      IMAGE_GATE_VERSION
    );
    let summaryFile = flag("summary");
    return summaryFile && await writeText(resolve(io.cwd, summaryFile), redact(renderSummary(results))), io.stdout(format === "json" ? `${jsonText(buildResultDocument(outcomes))}
` : `${results.map(renderLogTable).join(`

`)}
`), judged.verdict.outcome === "fail" && !judged.verdict.failsStep && io.stderr(`The policy is breached, but --mode audit never fails.
`), judged.verdict.failsStep ? EXIT_POLICY_FAILURE : EXIT_PASS;
  } catch (error) {
    return io.stderr(`image-gate: ${describeError(error)}
`), EXIT_ERROR;
  } finally {
    rmSync(tempDir, { recursive: !0, force: !0 });
  }
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
});
