import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  RULE_NAMES,
  describeIgnoreRule,
  describeSource,
  findingSubject,
  findingTitle,
  findingVersions,
  parseConfig,
  renderLogTable,
  renderSummary,
  selectTop,
  statusText,
  writeReportFiles
} from "./chunks/chunk-SB7ZXWHQ.js";
import {
  findingId,
  gateImage,
  isEnforced,
  requirementStatus,
  singleLine,
  truncate
} from "./chunks/chunk-PELWAWM4.js";
import {
  atLeast
} from "./chunks/chunk-4XS4QJKD.js";
import "./chunks/chunk-QQDUZPGX.js";
import "./chunks/chunk-R4WP6G3Y.js";
import {
  IMAGE_GATE_VERSION
} from "./chunks/chunk-OGSR4OQS.js";
import "./chunks/chunk-UIPR3HZG.js";
import "./chunks/chunk-BPCT2QDF.js";
import {
  DEFAULT_TRIVY_VERSION
} from "./chunks/chunk-2BZTDZ4F.js";
import {
  describeError
} from "./chunks/chunk-IBDES4N3.js";
import {
  debug,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-URI4RI2Q.js";
import "./chunks/chunk-AWIWLHBC.js";

// src/action/main.ts
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/report/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10, TITLE_LENGTH = 200, MESSAGE_LENGTH = 1e3, NOUNS = { error: "errors", warning: "warnings", notice: "notices" };
function location(result) {
  let dockerfile = result.dockerfile;
  return dockerfile === void 0 ? {} : { file: dockerfile.path, startLine: dockerfile.finalFromLine };
}
function text(value, maxLength) {
  return truncate(singleLine(value), maxLength);
}
function findingAnnotation(level, judged, result, where) {
  let { finding } = judged, versions = findingVersions(finding), parts = [
    `${findingTitle(finding)}.`,
    `${findingSubject(finding)}${versions === "" ? "" : ` ${versions}`} in ${result.subject.repository}.`,
    `Status: ${statusText(judged)}.`
  ], url = finding.kind === "vulnerability" || finding.kind === "misconfiguration" ? finding.url : void 0;
  return url !== void 0 && url !== "" && parts.push(url), {
    level,
    title: text(`${finding.severity} ${findingId(finding)} in ${findingSubject(finding)}`, TITLE_LENGTH),
    message: text(parts.join(" "), MESSAGE_LENGTH),
    ...where
  };
}
function capped(level, ordered, total, result, where, limit) {
  if (total <= limit) return ordered.slice(0, limit);
  let kept = ordered.slice(0, limit - 1), more = total - kept.length;
  return [
    ...kept,
    {
      level,
      title: text(`image-gate: ${more} more ${NOUNS[level]}`, TITLE_LENGTH),
      message: text(`\u2026and ${more} more ${NOUNS[level]} for ${result.subject.repository}: see the job summary.`, MESSAGE_LENGTH),
      ...where
    }
  ];
}
function errors(result, where, limit) {
  let imageLevel = result.verdict.violations.filter((violation) => violation.count === 0 && violation.rule !== "base-image").map(
    (violation) => ({
      level: "error",
      title: text(`Policy violation: ${violation.rule}`, TITLE_LENGTH),
      message: text(`${violation.message} (${result.subject.repository})`, MESSAGE_LENGTH),
      ...where
    })
  ), { top, total } = selectTop(result.verdict.findings, limit, (j) => j.status === "violation"), base = baseCheckAnnotations(result, "fail"), ordered = [...base, ...imageLevel, ...top.map((judged) => findingAnnotation("error", judged, result, where))];
  return capped("error", ordered, base.length + imageLevel.length + total, result, where, limit);
}
function warnings(result, where, limit) {
  let expired = result.verdict.expiredIgnores.map(
    ({ rule, matched }) => ({
      level: "warning",
      title: text(`Ignore rule expired on ${rule.expires ?? "?"}`, TITLE_LENGTH),
      message: text(
        `${describeIgnoreRule(rule)} no longer applies; ${matched} finding${matched === 1 ? "" : "s"} in ${result.subject.repository} count again. Reason was: ${rule.reason}`,
        MESSAGE_LENGTH
      ),
      ...where
    })
  ), { top, total } = selectTop(
    result.verdict.findings,
    limit,
    (j) => j.status === "allowed" && atLeast(j.finding.severity, "MEDIUM")
  ), signatures = signatureWarnings(result, where), base = baseCheckAnnotations(result, "warn"), ordered = [...base, ...signatures, ...expired, ...top.map((judged) => findingAnnotation("warning", judged, result, where))];
  return capped("warning", ordered, base.length + signatures.length + expired.length + total, result, where, limit);
}
function baseCheckAnnotations(result, effect) {
  let checks = result.verdict.baseImage?.checks ?? [], file = result.dockerfile?.path;
  return checks.filter((check) => check.effect === effect).map((check) => {
    let state = check.status === "unknown" ? "could not be checked" : "not met", reported = effect === "warn" ? " (reported only)" : "", suggestion = check.suggestion === void 0 ? "" : ` Suggestion: ${check.suggestion}`;
    return {
      level: effect === "fail" ? "error" : "warning",
      title: text(`Base image ${RULE_NAMES[check.rule]}: ${state}${reported}`, TITLE_LENGTH),
      message: text(`${check.image}: ${check.message}.${suggestion}`, MESSAGE_LENGTH),
      ...file !== void 0 && { file, startLine: Math.max(1, check.line) }
    };
  });
}
function signatureWarnings(result, where) {
  let signatures = result.verdict.signatures;
  return signatures === void 0 ? [] : signatures.requirements.filter((requirement) => !requirement.satisfied && !isEnforced(requirement, signatures)).map(
    (requirement) => ({
      level: "warning",
      title: text(`Signature policy not met: ${requirement.description}`, TITLE_LENGTH),
      message: text(
        `${result.subject.repository}: ${requirementStatus(requirement)} (reported only; the signature policy does not require it)`,
        MESSAGE_LENGTH
      ),
      ...where
    })
  );
}
function notices(result, where, limit) {
  let unused = result.verdict.unusedIgnores.map(
    (rule) => ({
      level: "notice",
      title: "Unused ignore rule",
      message: text(
        `${describeIgnoreRule(rule)} matched nothing in ${result.subject.repository} and can be removed.`,
        MESSAGE_LENGTH
      ),
      ...where
    })
  );
  return capped("notice", unused, unused.length, result, where, limit);
}
function buildAnnotations(result, options = {}) {
  let where = location(result), limit = (level) => Math.max(1, ANNOTATIONS_PER_LEVEL - (options.reserved?.[level] ?? 0));
  return [
    ...errors(result, where, limit("error")),
    ...warnings(result, where, limit("warning")),
    ...notices(result, where, limit("notice"))
  ];
}

// src/action/logger.ts
var actionsLogger = {
  debug: (message) => debug(message),
  info: (message) => info(message),
  warning: (message) => warning(message)
};

// src/action/main.ts
async function run(env = process.env) {
  let config;
  try {
    let workspace = env.GITHUB_WORKSPACE ?? process.cwd(), tempDir = join(env.RUNNER_TEMP ?? tmpdir(), "image-gate");
    config = parseConfig((name) => getInput(name), { workspace, tempDir, defaultTrivyVersion: DEFAULT_TRIVY_VERSION });
    for (let credential of config.registry.credentials) setSecret(credential.password);
    config.trivy.serverToken && setSecret(config.trivy.serverToken), config.githubToken && setSecret(config.githubToken), info(`image-gate ${IMAGE_GATE_VERSION}: gating ${describeSource(config)}`);
    let result = await gateImage(config, { logger: actionsLogger, now: () => /* @__PURE__ */ new Date(), workspace, env, actionsCache: !0 });
    await publish(result, config), result.verdict.failsStep ? setFailed(failureMessage(result)) : result.verdict.outcome === "fail" && warning(`${failureMessage(result)} (audit mode: the step does not fail)`);
  } catch (error2) {
    let message = describeError(error2);
    setOutput("verdict", "error"), await summary.addHeading("Image gate: error", 2).addRaw(`The gate could not reach a verdict, so the step fails:

`).addCodeBlock(message).write().catch(() => {
    }), setFailed(message);
  }
}
async function publish(result, config) {
  info(renderLogTable(result));
  let reserved = result.verdict.outcome === "fail" ? { [result.verdict.failsStep ? "error" : "warning"]: 1 } : {};
  for (let annotation of buildAnnotations(result, { reserved })) {
    let properties = {
      title: annotation.title,
      ...annotation.file && { file: annotation.file },
      ...annotation.startLine && { startLine: annotation.startLine }
    };
    annotation.level === "error" ? error(annotation.message, properties) : annotation.level === "warning" ? warning(annotation.message, properties) : notice(annotation.message, properties);
  }
  await writeReportFiles([result], { sarifFile: config.sarifFile, resultFile: config.resultFile }, IMAGE_GATE_VERSION), process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(renderSummary([result])).write(), setOutput("verdict", result.verdict.outcome), setOutput("digest", result.subject.digest ?? ""), setOutput("sarif-file", config.sarifFile), setOutput("result-file", config.resultFile), setOutput("counts", JSON.stringify(result.verdict.counts)), setOutput("violations", String(result.verdict.violations.length));
}
function failureMessage(result) {
  let reasons = result.verdict.violations.map((violation) => violation.message);
  return `Image gate failed for ${result.subject.pinned}: ${reasons.join("; ")}`;
}

// src/action/index.ts
await run();
