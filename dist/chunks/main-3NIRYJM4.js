import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  describeSource,
  parseConfig,
  renderLogTable,
  renderSummary
} from "./chunk-NHQGWE3H.js";
import {
  gateImage
} from "./chunk-6PZNY5XE.js";
import {
  RULE_NAMES,
  describeIgnoreRule,
  findingNotice,
  selectTop,
  writeReportFiles
} from "./chunk-TWZGEGFB.js";
import {
  isEnforced,
  requirementStatus,
  singleLine,
  truncate
} from "./chunk-KSCQIN7T.js";
import {
  atLeast
} from "./chunk-4XS4QJKD.js";
import "./chunk-GKHN5HKW.js";
import "./chunk-4TRXQ6F2.js";
import "./chunk-UIPR3HZG.js";
import {
  IMAGE_GATE_VERSION
} from "./chunk-OGSR4OQS.js";
import "./chunk-BPCT2QDF.js";
import {
  DEFAULT_TRIVY_VERSION
} from "./chunk-2BZTDZ4F.js";
import {
  describeError
} from "./chunk-IBDES4N3.js";
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
} from "./chunk-DVLJHMSW.js";
import "./chunk-AWIWLHBC.js";

// src/action/main.ts
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/gate/gate-images.ts
async function gateImages(config, environment) {
  return (await Promise.allSettled(config.sources.map((source) => gateImage({ ...config, source }, environment)))).map((outcome, index) => {
    let input = describeInput(config.sources[index]);
    return outcome.status === "fulfilled" ? { input, result: outcome.value } : { input, error: describeError(outcome.reason) };
  });
}
function describeInput(source) {
  return source === void 0 ? "?" : source.kind === "input" || source.kind === "report" ? source.path : source.reference;
}

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
  let notice2 = findingNotice(judged, result.subject.repository);
  return {
    level,
    title: text(notice2.title, TITLE_LENGTH),
    message: text(notice2.message, MESSAGE_LENGTH),
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
  try {
    let workspace = env.GITHUB_WORKSPACE ?? process.cwd(), tempDir = join(env.RUNNER_TEMP ?? tmpdir(), "image-gate"), config = parseConfig((name) => getInput(name), { workspace, tempDir, defaultTrivyVersion: DEFAULT_TRIVY_VERSION });
    for (let credential of config.registry.credentials) setSecret(credential.password);
    config.trivy.serverToken && setSecret(config.trivy.serverToken), config.githubToken && setSecret(config.githubToken), info(`Gating ${config.sources.map((source) => describeSource({ ...config, source })).join(", ")}`);
    let outcomes = await gateImages(config, { logger: actionsLogger, now: () => /* @__PURE__ */ new Date(), workspace, env, actionsCache: !0 }), results = outcomes.flatMap((outcome) => outcome.result ? [outcome.result] : []), errors2 = outcomes.flatMap((outcome) => outcome.error === void 0 ? [] : [`${outcome.input}: ${outcome.error}`]);
    await publish(results, errors2, config);
    let { publishToGitHub } = await import("./github-publish-H7QHV2OK.js");
    await publishToGitHub(
      results,
      { ...config.github, token: config.githubToken, images: config.sources.map((source) => describeSource({ ...config, source })) },
      env,
      workspace,
      actionsLogger
    );
    let failing = results.filter((result) => result.verdict.failsStep);
    if (errors2.length > 0 || failing.length > 0)
      setFailed([...errors2, ...failing.map(failureMessage)].join(`
`));
    else
      for (let result of results.filter((item) => item.verdict.outcome === "fail"))
        warning(`${failureMessage(result)} (audit mode: the step does not fail)`);
  } catch (error2) {
    let message = describeError(error2);
    setOutput("verdict", "error"), await writeErrorSummary([message]), setFailed(message);
  }
}
async function publish(results, errors2, config) {
  for (let result of results) info(renderLogTable(result));
  emitAnnotations(results, errors2.length), results.length > 0 && await writeReportFiles(results, { sarifFile: config.sarifFile, resultFile: config.resultFile }, IMAGE_GATE_VERSION), process.env.GITHUB_STEP_SUMMARY && (results.length > 0 && await summary.addRaw(renderSummary(results)).write(), errors2.length > 0 && await writeErrorSummary(errors2));
  let verdict = errors2.length > 0 ? "error" : results.some((result) => result.verdict.outcome === "fail") ? "fail" : "pass";
  setOutput("verdict", verdict), setOutput("digest", results.map((result) => result.subject.digest ?? "").join(`
`)), results.length > 0 && (setOutput("sarif-file", config.sarifFile), setOutput("result-file", config.resultFile));
  let [only] = results;
  setOutput("counts", JSON.stringify(results.length === 1 && only ? only.verdict.counts : results.map((result) => result.verdict.counts))), setOutput("violations", String(results.reduce((sum, result) => sum + result.verdict.violations.length, 0)));
}
function emitAnnotations(results, errorCount) {
  let failing = errorCount > 0 || results.some((result) => result.verdict.failsStep), auditWarnings = failing ? 0 : results.filter((result) => result.verdict.outcome === "fail").length, share = (own) => Math.max(1, Math.floor((ANNOTATIONS_PER_LEVEL - own) / Math.max(1, results.length)));
  for (let result of results) {
    let reserved = {
      error: ANNOTATIONS_PER_LEVEL - share(failing ? 1 : 0),
      warning: ANNOTATIONS_PER_LEVEL - share(auditWarnings),
      notice: ANNOTATIONS_PER_LEVEL - share(0)
    };
    for (let annotation of buildAnnotations(result, { reserved })) {
      let properties = {
        title: annotation.title,
        ...annotation.file && { file: annotation.file },
        ...annotation.startLine && { startLine: annotation.startLine }
      };
      annotation.level === "error" ? error(annotation.message, properties) : annotation.level === "warning" ? warning(annotation.message, properties) : notice(annotation.message, properties);
    }
  }
}
async function writeErrorSummary(messages) {
  await summary.addHeading("Image gate: error", 2).addRaw(`The gate could not reach a verdict, so the step fails:

`).addCodeBlock(messages.join(`
`)).write().catch(() => {
  });
}
function failureMessage(result) {
  let reasons = result.verdict.violations.map((violation) => violation.message);
  return `Image gate failed for ${result.subject.pinned}: ${reasons.join("; ")}`;
}
export {
  run
};
