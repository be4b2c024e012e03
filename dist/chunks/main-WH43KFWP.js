import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  commentKey
} from "./chunk-SGVBLA7V.js";
import {
  STEP_SUMMARY_MAX_BYTES,
  createRunContext,
  describeSource,
  gateImages,
  judgedImage,
  redactValues,
  redactorForInputs,
  renderLogTable,
  renderReportFiles,
  renderSummary,
  toolCacheVariables,
  writeReportFiles
} from "./chunk-77VB6L4G.js";
import {
  RULE_NAMES,
  describeIgnoreRule,
  erroredLine,
  findingIdentity,
  findingNotice,
  imageEntries,
  judgedResults,
  selectTop,
  shareAcross,
  sharedValue,
  stepVerdict
} from "./chunk-AI7YRN6R.js";
import {
  parseConfig
} from "./chunk-YY34J5C2.js";
import {
  commandsStopped,
  logText,
  oneLine,
  plainText
} from "./chunk-MJR2V3T2.js";
import {
  escapeHtml,
  escapeMarkdown,
  isEnforced,
  requirementStatus,
  truncate
} from "./chunk-FWII52N6.js";
import "./chunk-RI7KEW47.js";
import {
  atLeast
} from "./chunk-LGNO2SGX.js";
import "./chunk-4ENMLC6D.js";
import "./chunk-MULAURLS.js";
import {
  IMAGE_GATE_VERSION
} from "./chunk-GS55YYJ5.js";
import "./chunk-F2F4G3SM.js";
import "./chunk-MAU7Y6NY.js";
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
} from "./chunk-TF4FD5WS.js";
import "./chunk-UP5ZSMSQ.js";
import "./chunk-BJR5CI72.js";
import "./chunk-WX6WFRWC.js";
import "./chunk-I7O7NM34.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-ELAGO25P.js";
import {
  describeError
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/action/main.ts
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/report/annotations/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10, TITLE_LENGTH = 200, MESSAGE_LENGTH = 1e3, LEVEL_NOUNS = { error: "errors", warning: "warnings", notice: "notices" };
function location(result) {
  let dockerfile = result.dockerfile;
  return dockerfile === void 0 ? {} : { file: dockerfile.path, startLine: dockerfile.finalFromLine };
}
var FINDING_OF = /* @__PURE__ */ new WeakMap();
function findingAnnotation(level, judged, result, where) {
  let notice2 = findingNotice(judged, result.subject.repository), annotation = {
    level,
    title: oneLine(notice2.title, TITLE_LENGTH),
    message: oneLine(notice2.message, MESSAGE_LENGTH),
    ...where
  };
  return FINDING_OF.set(annotation, JSON.stringify(findingIdentity(judged.finding))), annotation;
}
function errors(result, where, limit) {
  let imageLevel = result.verdict.violations.filter((violation) => violation.count === 0 && violation.rule !== "base-image").map((violation) => ({
    level: "error",
    title: oneLine(`Policy violation: ${violation.rule}`, TITLE_LENGTH),
    message: oneLine(`${violation.message} (${result.subject.repository})`, MESSAGE_LENGTH),
    ...where
  })), { top, total } = selectTop(result.verdict.findings, limit, (j) => j.status === "violation"), base = baseCheckAnnotations(result, "fail");
  return { ordered: [...base, ...imageLevel, ...top.map((judged) => findingAnnotation("error", judged, result, where))], total: base.length + imageLevel.length + total };
}
function warnings(result, where, limit) {
  let expired = result.verdict.expiredIgnores.map(({ rule, matched }) => ({
    level: "warning",
    title: oneLine(`Ignore rule expired on ${rule.expires ?? "?"}`, TITLE_LENGTH),
    message: oneLine(
      `${describeIgnoreRule(rule)} no longer applies; ${matched} finding${matched === 1 ? "" : "s"} in ${result.subject.repository} count again. Reason was: ${rule.reason}`,
      MESSAGE_LENGTH
    ),
    ...where
  })), { top, total } = selectTop(result.verdict.findings, limit, (j) => j.status === "allowed" && atLeast(j.finding.severity, "MEDIUM")), signatures = signatureWarnings(result, where), base = baseCheckAnnotations(result, "warn");
  return { ordered: [...base, ...signatures, ...expired, ...top.map((judged) => findingAnnotation("warning", judged, result, where))], total: base.length + signatures.length + expired.length + total };
}
function baseCheckAnnotations(result, effect) {
  let checks = result.verdict.baseImage?.checks ?? [], file = result.dockerfile?.path;
  return checks.filter((check) => check.effect === effect).map((check) => {
    let state = check.status === "unknown" ? "could not be checked" : "not met", reported = effect === "warn" ? " (reported only)" : "", suggestion = check.suggestion === void 0 ? "" : ` Suggestion: ${check.suggestion}`;
    return {
      level: effect === "fail" ? "error" : "warning",
      title: oneLine(`Base image ${RULE_NAMES[check.rule]}: ${state}${reported}`, TITLE_LENGTH),
      message: oneLine(`${check.image}: ${check.message}.${suggestion}`, MESSAGE_LENGTH),
      ...file !== void 0 && { file, startLine: Math.max(1, check.line) }
    };
  });
}
function signatureWarnings(result, where) {
  let signatures = result.verdict.signatures;
  return signatures === void 0 ? [] : signatures.requirements.filter((requirement) => !requirement.satisfied && !isEnforced(requirement, signatures)).map((requirement) => ({
    level: "warning",
    title: oneLine(`Signature policy not met: ${requirement.description}`, TITLE_LENGTH),
    message: oneLine(
      `${result.subject.repository}: ${requirementStatus(requirement)} (reported only; the signature policy does not require it)`,
      MESSAGE_LENGTH
    ),
    ...where
  }));
}
function notices(result, where) {
  let unused = result.verdict.unusedIgnores.map((rule) => ({
    level: "notice",
    title: "Unused ignore rule",
    message: oneLine(`${describeIgnoreRule(rule)} matched nothing in ${result.subject.repository} and can be removed.`, MESSAGE_LENGTH),
    ...where
  }));
  return { ordered: unused, total: unused.length };
}
function imageAnnotations(result, perLevel = ANNOTATIONS_PER_LEVEL) {
  let where = location(result), levels = [
    ["error", errors(result, where, perLevel)],
    ["warning", warnings(result, where, perLevel)],
    ["notice", notices(result, where)]
  ], more = { error: 0, warning: 0, notice: 0 }, annotations = [];
  for (let [level, { ordered, total }] of levels) {
    let kept = ordered.slice(0, perLevel);
    annotations.push(...kept), more[level] = total - kept.length;
  }
  return { annotations, more };
}
var LEVEL_RANK = { error: 2, warning: 1, notice: 0 };
function platformsAnnotations(platforms, perLevel = ANNOTATIONS_PER_LEVEL) {
  let each = platforms.map(({ name, result }) => ({ platform: name, image: imageAnnotations(result, perLevel) })), merged = shareAcross(
    each.map(({ platform, image }) => ({ platform, items: image.annotations })),
    (annotation) => FINDING_OF.get(annotation) ?? JSON.stringify([annotation.level, annotation.title, annotation.message, annotation.file, annotation.startLine])
  ).map(({ on }) => {
    let lead = on[0]?.item;
    for (let { item } of on) LEVEL_RANK[item.level] > LEVEL_RANK[lead.level] && (lead = item);
    let message = sharedValue(
      on.map(({ platform, item }) => ({ platform: oneLine(platform, 60), value: item.message })),
      (platform) => platform
    ), only = on.length < platforms.length ? ` Only on ${on.map(({ platform }) => oneLine(platform, 60)).join(", ")}.` : "";
    return { ...lead, message: oneLine(`${message}${only}`, MESSAGE_LENGTH) };
  }), annotations = [], more = { error: 0, warning: 0, notice: 0 };
  for (let level of ["error", "warning", "notice"]) {
    let ofLevel = merged.filter((annotation) => annotation.level === level);
    annotations.push(...ofLevel.slice(0, perLevel)), more[level] = Math.max(0, ofLevel.length - perLevel) + Math.max(0, ...each.map(({ image }) => image.more[level]));
  }
  return { annotations, more };
}
function mistakeAnnotations(outcomes) {
  let annotations = /* @__PURE__ */ new Map();
  for (let mistake of outcomes.flatMap((outcome) => outcome.mistakes ?? [])) {
    if (mistake.file === void 0) continue;
    let annotation = {
      level: "error",
      title: "image-gate cannot use this file",
      message: oneLine(mistake.message, MESSAGE_LENGTH),
      file: mistake.file,
      startLine: mistake.line
    };
    annotations.set(`${mistake.file}:${String(mistake.line)}:${annotation.message}`, annotation);
  }
  return [...annotations.values()];
}

// src/report/step-outputs.ts
function stepOutputs(outcomes, files) {
  let counts = outcomes.map((outcome) => {
    if (outcome.result === void 0) return null;
    let { platform } = outcome.result.subject;
    return platform === void 0 ? outcome.result.verdict.counts : { ...outcome.result.verdict.counts, platform: { name: platform.name, digest: platform.digest } };
  }), digests = imageEntries(outcomes).map(
    (entry) => entry.kind === "platforms" ? entry.group.digest ?? "" : entry.outcome.result?.subject.digest ?? ""
  );
  return {
    verdict: stepVerdict(outcomes).outcome,
    digest: digests.join(`
`),
    counts: JSON.stringify(counts.length === 1 ? counts[0] : counts),
    violations: String(judgedResults(outcomes).reduce((sum, result) => sum + result.verdict.violations.length, 0)),
    ...files.sarifFile && { "sarif-file": files.sarifFile },
    ...files.resultFile && { "result-file": files.resultFile }
  };
}

// src/action/logger.ts
function actionsLogger(output) {
  return {
    debug: (message) => output.debug(oneLine(message)),
    info: (message) => output.info(oneLine(message)),
    warning: (message) => output.libraryWarning(oneLine(message))
  };
}

// src/action/output.ts
import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";

// src/report/annotations/annotation-budget.ts
var LEVELS = ["error", "warning", "notice"], TIER_RANK = { actionable: 0, step: 1, finding: 2 }, AnnotationBudget = class {
  constructor(perLevel = ANNOTATIONS_PER_LEVEL) {
    this.perLevel = perLevel;
    if (perLevel < 1) throw new Error("an annotation budget needs at least one annotation per level");
  }
  perLevel;
  messages = [];
  images = [];
  /** One of the step's own messages (not an image's finding); the same message at the same place twice takes one slot. */
  add(annotation, tier, options = {}) {
    let same = (other) => other.level === annotation.level && other.title === annotation.title && other.message === annotation.message && other.file === annotation.file && other.startLine === annotation.startLine;
    options.failsStep !== !0 && this.messages.some(same) || this.messages.push({ ...annotation, tier, ...options.failsStep === !0 && { failsStep: !0 } });
  }
  /** One image's findings, most important first, and how many more it has. */
  addImage(image) {
    this.images.push(image);
  }
  plan() {
    let kept = /* @__PURE__ */ new Set(), hiddenMessages = [], overflow = [], findings = [];
    for (let level of LEVELS) {
      let own = this.messages.filter((message) => message.level === level).sort(mostUrgentFirst), imageFindings = interleave(this.images.map((image) => image.annotations.filter((annotation) => annotation.level === level))).map(
        (annotation) => ({ ...annotation, tier: "finding" })
      ), ordered = [...own, ...imageFindings], total = ordered.length + this.images.reduce((sum, image) => sum + image.more[level], 0), fits = total <= this.perLevel, shown = fits ? ordered : ordered.slice(0, this.perLevel - 1);
      for (let annotation of shown)
        kept.add(annotation), annotation.tier === "finding" && findings.push(annotation);
      if (fits) continue;
      hiddenMessages.push(...ordered.slice(this.perLevel - 1).filter((annotation) => annotation.tier !== "finding"));
      let more = total - shown.length;
      overflow.push({
        level,
        tier: "finding",
        title: `image-gate: ${more} more ${LEVEL_NOUNS[level]}`,
        message: `\u2026 and ${more} more ${LEVEL_NOUNS[level]}: see the job summary.`
      });
    }
    return { shown: [...this.messages.filter((message) => kept.has(message)).sort(mostUrgentFirst), ...findings, ...overflow], hiddenMessages };
  }
};
function mostUrgentFirst(a, b) {
  return +(b.failsStep === !0) - +(a.failsStep === !0) || TIER_RANK[a.tier] - TIER_RANK[b.tier];
}
function interleave(lists) {
  let merged = [], longest = Math.max(0, ...lists.map((list) => list.length));
  for (let index = 0; index < longest; index++)
    for (let list of lists) {
      let item = list[index];
      item !== void 0 && merged.push(item);
    }
  return merged;
}

// src/report/neutralise/hidden-messages.ts
var HIDDEN_MESSAGES_LISTED = 20, HIDDEN_MESSAGE_LENGTH = 500, number = new Intl.NumberFormat("en-US"), moreText = (more) => `\u2026 and ${number.format(more)} more ${more === 1 ? "message" : "messages"} not shown as annotations`;
function hiddenMessageLogLines(messages) {
  let listed = messages.slice(0, HIDDEN_MESSAGES_LISTED).map((message) => `Not shown as an annotation (GitHub shows 10 per level and step): ${truncate(message, HIDDEN_MESSAGE_LENGTH)}`), more = messages.length - listed.length;
  return more > 0 ? [...listed, moreText(more)] : listed;
}
function hiddenMessagesSection(messages, maxBytes) {
  if (messages.length === 0) return "";
  let heading = `
### Image gate: messages not shown as annotations

GitHub shows 10 annotations of each level per step.

`, section = (items2) => {
    let more = messages.length - items2.length;
    return `${heading}${items2.join("")}${more > 0 ? `
${moreText(more)}.
` : ""}`;
  }, items = [];
  for (let message of messages.slice(0, HIDDEN_MESSAGES_LISTED)) {
    let item = `- ${escapeMarkdown(truncate(message, HIDDEN_MESSAGE_LENGTH))}
`;
    if (byteLength(section([...items, item])) > maxBytes) break;
    items.push(item);
  }
  let text = section(items);
  return byteLength(text) <= maxBytes ? text : "";
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/action/output.ts
var ActionOutput = class {
  constructor(redactor) {
    this.redactor = redactor;
  }
  redactor;
  budget = new AnnotationBudget();
  redact = (text) => this.redactor.redact(text);
  /** Tells the runner's masker every secret the redactor knows, in the forms the masker does not derive itself. */
  maskSecrets() {
    for (let value of this.redactor.maskValues()) setSecret(value);
  }
  info(text) {
    info(logText(text, this.redact));
  }
  debug(text) {
    debug(logText(text, this.redact));
  }
  /**
   * Text built from what the image, the registry or Trivy said (the log table): neutralised, and printed
   * between stop-commands and a random resume token, so no line of it can be a command to the runner.
   */
  untrusted(text) {
    info(commandsStopped(logText(text, this.redact), randomBytes(16).toString("hex")));
  }
  /** HTML for the job summary: the text as it is, in a <pre> block, with nothing that opens markup. */
  preformatted(text) {
    return `<pre>${escapeHtml(this.redact(plainText(text)))}</pre>
`;
  }
  /** A warning the gate or publishing gives about the step (not an image's finding). */
  warning(message, tier) {
    this.budget.add({ level: "warning", title: "", message }, tier);
  }
  /** A warning from library code: in the log where it happened, as an annotation with the others at the end. */
  libraryWarning(message) {
    this.info(`Warning: ${message}`), this.warning(message, "step");
  }
  /** The step fails with this message; it is the first error annotation whatever else there is. */
  fail(message) {
    this.budget.add({ level: "error", title: "", message }, "actionable", { failsStep: !0 });
  }
  /** A mistake in a file of the checkout (the policy file), on its line: with the failure, ahead of any finding. */
  mistake(annotation) {
    this.budget.add(annotation, "actionable");
  }
  image(annotations) {
    this.budget.addImage(annotations);
  }
  /**
   * Emits the planned annotations; what did not fit is listed in the log and the job summary, the first
   * few of it and a count of the rest, within the bytes the step's summary has left.
   */
  async flush() {
    let { shown, hiddenMessages } = this.budget.plan();
    for (let annotation of shown) this.annotate(annotation);
    if (hiddenMessages.length === 0) return;
    let messages = hiddenMessages.map((hidden) => this.redact(plainText(hidden.message)));
    for (let line of hiddenMessageLogLines(messages)) this.info(line);
    let summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile)
      try {
        let section = hiddenMessagesSection(messages, STEP_SUMMARY_MAX_BYTES - await summaryBytes(summaryFile));
        section !== "" && await summary.addRaw(section).write();
      } catch {
      }
  }
  annotate(annotation) {
    let message = logText(annotation.message, this.redact);
    if (annotation.failsStep === !0) {
      setFailed(message);
      return;
    }
    let title = logText(oneLine(annotation.title), this.redact), properties = {
      ...title && { title },
      ...annotation.file && { file: annotation.file },
      ...annotation.startLine && { startLine: annotation.startLine }
    };
    annotation.level === "error" ? error(message, properties) : annotation.level === "warning" ? warning(message, properties) : notice(message, properties);
  }
};
async function summaryBytes(file) {
  let { size } = await stat(file);
  return size + Buffer.byteLength(summary.stringify(), "utf8");
}

// src/action/artifact-name.ts
import { createHash } from "node:crypto";
function reportArtifactName(key, job, runAttempt) {
  let hash = createHash("sha256").update(key).digest("hex").slice(0, 8), jobPart = (job ?? "").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 60), attempt = runAttempt !== void 0 && /^\d+$/.test(runAttempt) && runAttempt !== "1" ? `-attempt-${runAttempt}` : "";
  return `image-gate-${jobPart === "" ? "" : `${jobPart}-`}${hash}${attempt}`;
}

// src/action/main.ts
async function run(env = process.env) {
  let redactor = redactorForInputs((name) => getInput(name) || void 0), output = new ActionOutput(redactor);
  output.maskSecrets();
  try {
    let workspace = env.GITHUB_WORKSPACE ?? process.cwd(), tempDir = join(env.RUNNER_TEMP ?? tmpdir(), "image-gate"), parsed = parseConfig((name) => getInput(name), { workspace, tempDir }), ownReportsDir = parsed.github.uploadArtifact && parsed.trivyReportsDir === void 0 ? join(tempDir, `trivy-reports-${randomUUID()}`) : void 0, config = ownReportsDir === void 0 ? parsed : { ...parsed, trivyReportsDir: ownReportsDir }, images = config.sources.map(describeSource);
    output.info(`Gating ${images.join(", ")}`);
    let logger = actionsLogger(output), context = createRunContext({ config, env, logger, workspace, tempDir, actionsCache: !0 });
    Object.assign(process.env, toolCacheVariables(context));
    let outcomes = redactValues(await gateImages(config, context), output.redact, redactor), step = stepReport(outcomes), artifactService = !!(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL), artifact = await publish(step, config, output, { github: context.github, workspace, tempDir, artifactService });
    ownReportsDir !== void 0 && await rm(ownReportsDir, { recursive: !0, force: !0 });
    let [{ publishToGitHub }, { githubPublication }] = await Promise.all([
      import("./github-publish-A5A6CVKT.js"),
      import("./github-publication-VEKYSRBR.js")
    ]), publication = githubPublication(outcomes, {
      images: config.sources,
      github: context.github,
      workspace,
      ...artifact !== void 0 && { artifact }
    }), settings = { ...config.github, token: config.githubToken }, notices2 = outcomes.length === 0 ? [] : await publishToGitHub(publication, settings, context.github, workspace, logger);
    for (let notice2 of notices2) output.warning(notice2.message, notice2.actionable ? "actionable" : "step");
    if (step.verdict.failsStep) {
      let failing = step.results.filter((result) => result.verdict.failsStep);
      output.fail([...step.errors, ...failing.map(failureMessage)].join(`
`));
    } else if (step.verdict.outcome === "fail") {
      let breached = step.results.filter((item) => item.verdict.outcome === "fail");
      output.warning(`${breached.map(failureMessage).join(`
`)}
(audit mode: the step does not fail)`, "actionable");
    }
  } catch (error2) {
    let message = describeError(error2);
    output.fail(message), setOutput("verdict", "error"), await writeErrorSummary([message], output);
  } finally {
    await output.flush();
  }
}
function stepReport(outcomes) {
  return {
    outcomes,
    verdict: stepVerdict(outcomes),
    results: judgedResults(outcomes),
    errors: outcomes.flatMap((outcome) => outcome.result === void 0 ? [erroredLine(outcome)] : [])
  };
}
async function publish(step, config, output, place) {
  let { outcomes, results, errors: errors2 } = step;
  results.length > 0 && output.untrusted(results.map(renderLogTable).join(`

`));
  for (let mistake of mistakeAnnotations(outcomes)) output.mistake(mistake);
  for (let entry of imageEntries(outcomes))
    entry.kind === "platforms" ? output.image(platformsAnnotations(entry.group.judged)) : entry.outcome.result !== void 0 && output.image(imageAnnotations(entry.outcome.result));
  let written = await writeReportFiles(
    renderReportFiles(outcomes, { sarifFile: config.sarifFile, resultFile: config.resultFile }, IMAGE_GATE_VERSION)
  ), artifact = await keepFullReport(step, config, written, output, place);
  process.env.GITHUB_STEP_SUMMARY && (results.length > 0 && await summary.addRaw(output.redact(renderSummary(outcomes, { ...artifact !== void 0 && { artifact } }))).write(), errors2.length > 0 && await writeErrorSummary(errors2, output));
  for (let [name, value] of Object.entries(stepOutputs(outcomes, written))) setOutput(name, value);
  return artifact;
}
async function keepFullReport(step, config, written, output, place) {
  if (!config.github.uploadArtifact || step.outcomes.length === 0) return;
  if (!place.artifactService) {
    output.info("The full report is not uploaded: this runner gives the step no artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL).");
    return;
  }
  let { reportFilesToKeep, uploadReportArtifact } = await import("./report-artifact-43CD4B7Y.js"), { github, workspace, tempDir } = place, key = commentKey(config.sources, { workflow: github.workflow ?? "", job: github.job ?? "", workspace }), name = reportArtifactName(key, github.job, github.runAttempt), files = await reportFilesToKeep(written, config.trivyReportsDir), uploaded = await uploadReportArtifact(name, files, { tempDir, github });
  return uploaded.notice !== void 0 && output.warning(uploaded.notice.message, "actionable"), uploaded.artifact;
}
async function writeErrorSummary(messages, output) {
  await summary.addHeading("Image gate: error", 2).addRaw(`The gate could not reach a verdict, so the step fails:

`).addRaw(output.preformatted(messages.join(`
`))).write().catch(() => {
  });
}
function failureMessage(result) {
  let reasons = result.verdict.violations.map((violation) => violation.message);
  return `Image gate failed for ${judgedImage(result.subject)}: ${reasons.join("; ")}`;
}
export {
  run
};
