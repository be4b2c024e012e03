import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  githubSaid,
  httpProblem,
  requestProblem
} from "./chunk-FQPRBUFJ.js";
import {
  splitRepository
} from "./chunk-HCYI24HZ.js";
import {
  GitHubRest,
  repoPath,
  responseJson
} from "./chunk-PGB4V2F4.js";
import {
  MAX_RESULTS_PER_RUN,
  RULE_NAMES,
  describeIgnoreRule,
  effectText,
  findingNotice,
  findingSubject,
  findingUrl,
  findingVersions,
  judgedResults,
  policySection,
  selectTop,
  serializeSarif,
  statusText,
  stepSarif,
  stepVerdict,
  total,
  verdictHeadline
} from "./chunk-XTYXBSXG.js";
import {
  details,
  escapeCell,
  escapeMarkdown,
  findingId,
  findingPath,
  isEnforced,
  markdownLink,
  markdownTable,
  requirementStatus,
  safeHttpUrl,
  singleLine,
  truncate
} from "./chunk-YP3K6IST.js";
import {
  SEVERITIES,
  atLeast,
  severityRank
} from "./chunk-4XS4QJKD.js";
import "./chunk-C2FRMPVS.js";
import "./chunk-4TRXQ6F2.js";
import {
  nextLink
} from "./chunk-WKHMELK3.js";
import "./chunk-APFS7H7H.js";
import "./chunk-UKJDPQHB.js";
import {
  IMAGE_GATE_VERSION
} from "./chunk-OGSR4OQS.js";
import "./chunk-QQI2MQNP.js";
import "./chunk-CBAA7TTF.js";
import {
  external_exports
} from "./chunk-VF2KQCP3.js";
import {
  parseImageReference,
  repositoryName
} from "./chunk-LUCZD3HT.js";
import {
  errorMessage
} from "./chunk-QTDHMDYW.js";
import "./chunk-AWIWLHBC.js";

// src/action/github-publish.ts
import { readFileSync } from "node:fs";

// src/github/check-runs.ts
var ANNOTATIONS_PER_REQUEST = 50, OUTPUT_MAX_CHARS = 65535, ANNOTATION_TEXT_MAX_BYTES = 64 * 1024, ANNOTATION_TITLE_MAX_CHARS = 255, ANSWER_MAX_BYTES = 4 * 1024 * 1024, SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, runSchema = external_exports.looseObject({ id: external_exports.number().int().positive() });
async function publishCheckRun(rest, repo, input) {
  let where = {
    doing: `publish the check run "${input.name}" on ${repo.owner}/${repo.repo}`,
    permission: "checks: write",
    notFound: `${repo.owner}/${repo.repo} or commit ${input.headSha} was not found, or the token cannot see it`
  };
  if (!SHA.test(input.headSha)) return { warning: `Could not ${where.doing}: "${input.headSha}" is not a commit SHA` };
  let annotations = input.annotations.map(fitAnnotation), batches = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  let output = (batch) => ({
    title: input.title,
    summary: truncate2(input.summary, OUTPUT_MAX_CHARS, "the job summary has all of it"),
    ...input.text === void 0 ? {} : { text: truncate2(input.text, OUTPUT_MAX_CHARS, "the job summary has all of it") },
    ...batch ? { annotations: batch } : {}
  }), create = {
    name: input.name,
    head_sha: input.headSha,
    status: "completed",
    conclusion: input.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: output(batches[0]),
    ...input.detailsUrl ? { details_url: input.detailsUrl } : {}
  }, id;
  try {
    let response = await rest.post(`${repoPath(repo)}/check-runs`, create, ANSWER_MAX_BYTES);
    if (response.status !== 201) return { warning: httpProblem(rest, response, where), status: response.status };
    let parsed = runSchema.safeParse(responseJson(response));
    if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered in an unexpected shape` };
    id = parsed.data.id;
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
  let sent = batches[0]?.length ?? 0;
  for (let batch of batches.slice(1)) {
    let update = { output: output(batch) }, more = { ...where, doing: `add annotations to the check run "${input.name}" (${sent} of ${annotations.length} sent)` };
    try {
      let response = await rest.patch(`${repoPath(repo)}/check-runs/${id}`, update, ANSWER_MAX_BYTES);
      if (response.status !== 200) return { id, annotationsSent: sent, warning: httpProblem(rest, response, more) };
    } catch (error) {
      return { id, annotationsSent: sent, warning: requestProblem(rest, error, more) };
    }
    sent += batch.length;
  }
  return { id, annotationsSent: sent };
}
function fitAnnotation(annotation) {
  let start = Math.max(1, Math.trunc(annotation.start_line) || 1), end = Math.max(start, Math.trunc(annotation.end_line) || start), fitted = {
    path: annotation.path || ".",
    start_line: start,
    end_line: end,
    annotation_level: annotation.annotation_level,
    message: truncateBytes(annotation.message, ANNOTATION_TEXT_MAX_BYTES)
  };
  return annotation.title !== void 0 && (fitted.title = truncate2(annotation.title, ANNOTATION_TITLE_MAX_CHARS)), annotation.raw_details !== void 0 && (fitted.raw_details = truncateBytes(annotation.raw_details, ANNOTATION_TEXT_MAX_BYTES)), start === end && annotation.start_column !== void 0 && (fitted.start_column = annotation.start_column), start === end && annotation.end_column !== void 0 && (fitted.end_column = annotation.end_column), fitted;
}
function truncate2(text2, max, where) {
  if (text2.length <= max) return text2;
  let note = where ? `

\u2026 truncated (${where})` : "\u2026";
  return cutChars(text2, Math.max(0, max - note.length)) + note;
}
function cutChars(text2, length) {
  let cut = text2.slice(0, length), last = cut.charCodeAt(cut.length - 1);
  return last >= 55296 && last <= 56319 ? cut.slice(0, -1) : cut;
}
function truncateBytes(text2, maxBytes) {
  if (Buffer.byteLength(text2) <= maxBytes) return text2;
  let note = "\u2026 (truncated)", room = maxBytes - Buffer.byteLength(note), cut = cutChars(text2, room);
  for (; Buffer.byteLength(cut) > room; ) cut = cutChars(cut, Math.max(0, cut.length - Math.ceil((Buffer.byteLength(cut) - room) / 3)));
  return cut + note;
}

// src/github/comments.ts
var COMMENT_MAX_CHARS = 65536, PER_PAGE = 100, MAX_PAGES = 50, PAGE_MAX_BYTES = 32 * 1024 * 1024, ANSWER_MAX_BYTES2 = 1024 * 1024, MARKER = /^<!--[^]*-->$/, commentSchema = external_exports.looseObject({
  id: external_exports.number().int().positive(),
  body: external_exports.string().nullish(),
  // null for a deleted ("ghost") account.
  user: external_exports.looseObject({ login: external_exports.string(), type: external_exports.string() }).nullish()
});
function context(repo, issueNumber, doing) {
  return {
    doing: `${doing} the pull request comment on ${repo.owner}/${repo.repo}#${issueNumber}`,
    permission: "pull-requests: write",
    notFound: `${repo.owner}/${repo.repo}#${issueNumber} was not found, or the token cannot see it`
  };
}
async function findComment(rest, repo, issueNumber, marker, author) {
  let problem = badInput(marker, issueNumber);
  if (problem) return { warning: problem };
  let where = context(repo, issueNumber, "find"), url = rest.resolve(`${repoPath(repo)}/issues/${issueNumber}/comments?per_page=${PER_PAGE}`), identity;
  try {
    for (let page = 1; ; page++) {
      let response = await rest.get(url, PAGE_MAX_BYTES);
      if (response.status !== 200) return { warning: httpProblem(rest, response, where) };
      let parsed = external_exports.array(commentSchema).safeParse(responseJson(response));
      if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered in an unexpected shape` };
      for (let comment2 of parsed.data)
        if (firstLine(comment2.body ?? "") === marker) {
          if (identity === void 0) {
            let learned = await author();
            if ("warning" in learned)
              return { comment: void 0, note: `${learned.warning}, so no comment carrying the marker can be proven the gate's own` };
            identity = learned.identity;
          }
          if (writtenBy(comment2, identity)) return { comment: { id: comment2.id, body: comment2.body ?? "" } };
        }
      let next = nextLink(response.headers.get("link"), response.url);
      if (!next) return { comment: void 0 };
      if (page >= MAX_PAGES)
        return {
          warning: `Could not ${where.doing}: it has more than ${MAX_PAGES * PER_PAGE} comments; not searching further (and not adding another)`
        };
      url = next;
    }
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
}
function firstLine(body) {
  let end = body.search(/\r?\n/);
  return end === -1 ? body : body.slice(0, end);
}
function writtenBy(comment2, identity) {
  return comment2.user?.login === identity.login && comment2.user.type === identity.type;
}
async function upsertComment(rest, repo, issueNumber, marker, body, author) {
  let text2 = firstLine(body) === marker ? body : `${marker}
${body}`;
  if (text2.length > COMMENT_MAX_CHARS)
    return {
      warning: `Could not write the pull request comment on ${repo.owner}/${repo.repo}#${issueNumber}: it has ${text2.length} characters, GitHub takes at most ${COMMENT_MAX_CHARS}`
    };
  let found = await findComment(rest, repo, issueNumber, marker, author);
  if ("warning" in found) return found;
  let note = found.note === void 0 ? {} : { note: `${found.note}; a new one was added` }, request = { body: text2 }, existing = found.comment;
  if (existing?.body === text2) return { action: "unchanged", id: existing.id };
  let where = context(repo, issueNumber, existing ? "update" : "create");
  try {
    let response = existing ? await rest.patch(`${repoPath(repo)}/issues/comments/${existing.id}`, request, ANSWER_MAX_BYTES2) : await rest.post(`${repoPath(repo)}/issues/${issueNumber}/comments`, request, ANSWER_MAX_BYTES2);
    if (response.status !== (existing ? 200 : 201)) return { warning: httpProblem(rest, response, where) };
    let parsed = commentSchema.safeParse(responseJson(response)), id = parsed.success ? parsed.data.id : existing?.id;
    return { action: existing ? "updated" : "created", ...id !== void 0 && { id }, ...note };
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
}
function badInput(marker, issueNumber) {
  if (!MARKER.test(marker)) return `The comment marker must be a hidden HTML comment (<!-- \u2026 -->), not ${JSON.stringify(marker)}`;
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) return `${issueNumber} is not a pull request number`;
}

// src/github/code-scanning.ts
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
var SARIF_MAX_GZIP_BYTES = 1e7, ANSWER_MAX_BYTES3 = 1024 * 1024, SHA2 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, REF = /^refs\/(?:heads|tags|pull)\/\S+$/, NOT_ENABLED = "code scanning is not enabled or not available for this repository (on private repositories it needs GitHub Advanced Security / Code Security; on GitHub Enterprise Server, Advanced Security)", receiptSchema = external_exports.looseObject({ id: external_exports.string().min(1) }), statusSchema = external_exports.looseObject({
  processing_status: external_exports.enum(["pending", "complete", "failed"]).nullish(),
  errors: external_exports.array(external_exports.string()).nullish()
});
async function uploadSarif(rest, repo, upload) {
  let where = {
    doing: `upload SARIF to code scanning of ${repo.owner}/${repo.repo}`,
    permission: "security-events: write",
    notFound: NOT_ENABLED,
    // GitHub answers 403, not 404, when the repository lacks Advanced Security.
    forbiddenUnlessPermission: { messageMatches: /advanced security|code scanning is not enabled/i, meaning: NOT_ENABLED }
  }, refused = badInput2(upload);
  if (refused) return { warning: `Could not ${where.doing}: ${refused}` };
  let gzipped = gzipSync(Buffer.from(upload.sarif, "utf8"));
  if (gzipped.length > SARIF_MAX_GZIP_BYTES)
    return { warning: `Could not ${where.doing}: it is ${gzipped.length} bytes gzipped, over GitHub's limit of ${SARIF_MAX_GZIP_BYTES}` };
  let request = {
    commit_sha: upload.commitSha,
    ref: upload.ref,
    sarif: gzipped.toString("base64"),
    ...upload.checkoutUri ? { checkout_uri: upload.checkoutUri } : {}
  }, id;
  try {
    let response = await rest.post(`${repoPath(repo)}/code-scanning/sarifs`, request, ANSWER_MAX_BYTES3);
    if (response.status !== 202 && response.status !== 200) return { warning: httpProblem(rest, response, where) };
    let parsed = receiptSchema.safeParse(responseJson(response));
    if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered without an upload id` };
    id = parsed.data.id;
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
  return upload.wait ? waitForProcessing(rest, repo, id, upload.wait, where) : { id };
}
async function waitForProcessing(rest, repo, id, wait, where) {
  let interval = Math.max(1, wait.intervalMs), maxPolls = Math.max(1, Math.ceil(wait.timeoutMs / interval)), deadline = Date.now() + wait.timeoutMs, poll = { ...where, doing: `read the processing status of SARIF upload ${id} on ${repo.owner}/${repo.repo}` };
  for (let polls = 0; polls < maxPolls && Date.now() < deadline; polls++) {
    await sleep(interval);
    try {
      let response = await rest.get(`${repoPath(repo)}/code-scanning/sarifs/${encodeURIComponent(id)}`, ANSWER_MAX_BYTES3);
      if (response.status === 404) continue;
      if (response.status !== 200) return { id, warning: httpProblem(rest, response, poll) };
      let parsed = statusSchema.safeParse(responseJson(response));
      if (!parsed.success) return { id, warning: `Could not ${poll.doing}: GitHub answered in an unexpected shape` };
      let status = parsed.data.processing_status ?? "pending";
      if (status === "complete") return { id, status };
      if (status === "failed") {
        let errors = (parsed.data.errors ?? []).map((error) => rest.redact(error)), said = errors.length > 0 ? `: ${errors.join("; ")}` : " (no errors given)";
        return { id, status, errors, warning: `Code scanning failed to process SARIF upload ${id} on ${repo.owner}/${repo.repo}${said}` };
      }
    } catch (error) {
      return { id, warning: requestProblem(rest, error, poll) };
    }
  }
  return {
    id,
    status: "pending",
    warning: `Code scanning had not processed SARIF upload ${id} on ${repo.owner}/${repo.repo} after ${wait.timeoutMs} ms; not waiting longer`
  };
}
function badInput2(upload) {
  if (!SHA2.test(upload.commitSha)) return `"${upload.commitSha}" is not a commit SHA`;
  if (!REF.test(upload.ref)) return `"${upload.ref}" is not a full Git ref (refs/heads/\u2026, refs/tags/\u2026 or refs/pull/\u2026)`;
  try {
    JSON.parse(upload.sarif);
  } catch {
    return "the SARIF is not JSON";
  }
}

// src/github/token-identity.ts
var ANSWER_MAX_BYTES4 = 64 * 1024, VIEWER_QUERY = "query { viewer { login } }", LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98})(?:\[bot\])?$/, viewerAnswer = external_exports.object({ data: external_exports.object({ viewer: external_exports.object({ login: external_exports.string().regex(LOGIN) }) }) }), userAnswer = external_exports.object({ login: external_exports.string().regex(LOGIN), type: external_exports.enum(["User", "Bot"]) });
function graphqlUrl(apiBase, fromEnv) {
  if (fromEnv)
    try {
      return new URL(fromEnv);
    } catch {
    }
  let path = apiBase.pathname.replace(/\/+$/, "");
  return new URL(path.endsWith("/api/v3") ? `${path.slice(0, -3)}/graphql` : `${path}/graphql`, apiBase);
}
var ASK_GRAPHQL = { doing: "learn which account the token acts as from GraphQL (viewer)" }, ASK_REST = { doing: "learn it from GET /user either" };
async function tokenIdentity(rest, graphql) {
  let viewerProblem;
  try {
    let response = await rest.post(graphql, { query: VIEWER_QUERY }, ANSWER_MAX_BYTES4), parsed = viewerAnswer.safeParse(responseJson(response));
    if (response.status === 200 && parsed.success) {
      let login = parsed.data.data.viewer.login;
      return { identity: { login, type: login.endsWith("[bot]") ? "Bot" : "User" } };
    }
    viewerProblem = answerProblem(rest, response, ASK_GRAPHQL);
  } catch (error) {
    viewerProblem = requestProblem(rest, error, ASK_GRAPHQL);
  }
  let userProblem;
  try {
    let response = await rest.get("user", ANSWER_MAX_BYTES4), parsed = userAnswer.safeParse(responseJson(response));
    if (response.status === 200 && parsed.success) return { identity: parsed.data };
    userProblem = answerProblem(rest, response, ASK_REST);
  } catch (error) {
    userProblem = requestProblem(rest, error, ASK_REST);
  }
  return { warning: `${viewerProblem}. ${userProblem}` };
}
function answerProblem(rest, response, context2) {
  return response.status === 200 ? `Could not ${context2.doing}: GitHub answered in an unexpected shape${githubSaid(rest, response)}` : httpProblem(rest, response, context2);
}

// src/report/pr-comment.ts
var PR_COMMENT_MAX_CHARS = 65536, DETAIL_LEVELS = [
  { rows: 20, items: 50 },
  { rows: 10, items: 50 },
  { rows: 5, items: 50 },
  { rows: 0, items: 50 },
  { rows: 0, items: 10 },
  { rows: 0, items: 3 }
], MOST_ROWS = DETAIL_LEVELS[0]?.rows ?? 20, MOST_SEVERE_FIRST = [...SEVERITIES].reverse(), number = new Intl.NumberFormat("en-US");
function prCommentMarker(marker) {
  let line = marker.replace(/[\r\n\u2028\u2029]+/g, " ").trim();
  return /^<!--(?:(?!--).)*-->$/.test(line) ? line : `<!-- ${line.replace(/-{2,}/g, (dashes) => dashes.split("").join(" ")).replace(/>/g, "&gt;")} -->`;
}
function cutToLength(text2, maxChars) {
  if (text2.length <= maxChars) return text2;
  let end = Math.max(0, maxChars), last = text2.charCodeAt(end - 1);
  return end > 0 && last >= 55296 && last <= 56319 && (end -= 1), text2.slice(0, end);
}
function listLines(items2, limit, noun) {
  let shown = items2.slice(0, limit), rest = items2.length - shown.length;
  return rest > 0 ? [...shown, `- \u2026and ${number.format(rest)} more ${noun}`] : shown;
}
function headline(result) {
  let { subject } = result;
  return `${verdictHeadline(result, escapeCell(subject.repository, 300))}

Image: ${escapeCell(subject.pinned, 400)}`;
}
function counts(result) {
  let { counts: c, attribution } = result.verdict, others = `Secrets: ${number.format(c.secrets)} \xB7 Misconfigurations: ${number.format(total(c.misconfigurations))} \xB7 Licenses: ${number.format(c.licenses)} \xB7 Ignored: ${number.format(c.ignored)} \xB7 Violating: ${number.format(c.violating)}`;
  if (total(c.vulnerabilities) === 0) return `No vulnerabilities found. ${others}`;
  let row = (label, record) => [
    label,
    ...MOST_SEVERE_FIRST.map((s) => number.format(record[s])),
    number.format(total(record))
  ], rows = [row("Found", c.vulnerabilities), row("Fixable", c.fixable)];
  return attribution !== void 0 && (rows.push(row("Inherited (base)", attribution.inherited), row("Introduced", attribution.introduced)), total(attribution.unknown) > 0 && rows.push(row("Origin unknown", attribution.unknown))), `${markdownTable(["Vulnerabilities", ...MOST_SEVERE_FIRST, "Total"], rows)}

${others}`;
}
function violations(result, level) {
  let list = result.verdict.violations;
  if (list.length === 0) return "No policy violations.";
  let lines = list.map((v) => `- ${escapeCell(v.message, 500)} (${escapeMarkdown(v.rule)})`);
  return [`**Violations (${number.format(list.length)})**`, "", ...listLines(lines, level.items, "violations")].join(`
`);
}
function baseImage(result, level) {
  let base = result.verdict.baseImage;
  if (base === void 0) return "";
  let where = (line) => result.dockerfile === void 0 ? `line ${line}` : `${result.dockerfile.path} line ${line}`, lines = [];
  base.facts !== void 0 && lines.push(`- FROM ${escapeCell(base.facts.written, 300)} (${escapeCell(where(base.facts.line), 300)})`);
  let checks = base.checks.filter((check) => check.effect === "fail" || check.effect === "warn").map((check) => {
    let icon = check.effect === "fail" ? "\u274C" : "\u26A0\uFE0F", suggestion = check.suggestion === void 0 ? "" : ` Suggestion: ${escapeCell(check.suggestion, 300)}`;
    return `- ${icon} ${escapeCell(check.image, 200)} (${escapeCell(where(check.line), 300)}): ${escapeMarkdown(RULE_NAMES[check.rule])}: ${escapeMarkdown(effectText(check))}. ${escapeCell(check.message, 400)}.${suggestion}`;
  });
  return lines.push(...listLines(checks, level.items, "base-image checks")), lines.push(
    ...listLines(
      base.advice.map((advice) => `- \u{1F4A1} ${escapeCell(advice, 600)}`),
      level.items,
      "pieces of advice"
    )
  ), lines.length === 0 ? "" : ["**Base image**", "", ...lines].join(`
`);
}
function signatures(result, level) {
  let verdict = result.verdict.signatures;
  if (verdict === void 0 || verdict.mode === "off") return "";
  let lines = verdict.requirements.map((requirement) => {
    let icon = requirement.satisfied ? "\u2705" : isEnforced(requirement, verdict) ? "\u274C" : "\u26A0\uFE0F", reported = requirement.satisfied || isEnforced(requirement, verdict) ? "" : " (reported only)";
    return `- ${icon} ${escapeCell(requirement.description, 300)}${reported}: ${escapeCell(requirementStatus(requirement), 500)}`;
  });
  return verdict.problems.length > 0 && lines.push(`- \u26A0\uFE0F ${number.format(verdict.problems.length)} problems while looking for evidence (see the job summary)`), lines.length === 0 ? "" : ["**Signatures and attestations**", "", ...listLines(lines, level.items, "requirements")].join(`
`);
}
function topFindings(result, rows) {
  if (rows === 0) return "";
  let { top, total: found } = selectTop(result.verdict.findings, rows, (judged) => judged.status !== "ignored");
  if (found === 0) return "";
  let table = markdownTable(
    ["Severity", "ID", "Package / file", "Installed \u2192 fixed", "Status", "Where"],
    top.map((judged) => [
      judged.finding.severity,
      markdownLink(findingId(judged.finding), findingUrl(judged.finding), 40),
      escapeCell(findingSubject(judged.finding), 60),
      escapeCell(findingVersions(judged.finding), 60),
      escapeCell(statusText(judged), 60),
      escapeCell(findingPath(judged.finding), 60)
    ])
  ), shown = top.length < found ? `${number.format(top.length)} of ${number.format(found)}` : number.format(found);
  return details(`Top findings (${shown}, most severe first)`, table);
}
function imageSection(result, level) {
  return [
    headline(result),
    counts(result),
    violations(result, level),
    baseImage(result, level),
    signatures(result, level),
    topFindings(result, level.rows)
  ].filter((part) => part !== "").join(`

`);
}
function errorSection(input, error) {
  return `### \u26D4 ERROR: ${escapeCell(input, 400)}

No verdict could be reached for this image, so the step fails: ${escapeCell(error, 2e3)}`;
}
function section(outcome, level) {
  return outcome.result === void 0 ? errorSection(outcome.input, outcome.error) : imageSection(outcome.result, level);
}
var TITLE_ICONS = { pass: "\u2705", fail: "\u274C", error: "\u26D4" };
function title(outcomes) {
  if (outcomes.length === 1) return "## image-gate";
  let results = judgedResults(outcomes), failed = results.filter((r) => r.verdict.outcome === "fail").length, errored = outcomes.length - results.length, { outcome } = stepVerdict(outcomes), counted = `${outcomes.length} images: ${results.length - failed} passed, ${failed} failed`;
  return errored === 0 ? `## image-gate ${TITLE_ICONS[outcome]} ${counted}` : `## image-gate ${TITLE_ICONS[outcome]} ERROR \xB7 ${counted}, ${errored} could not be judged`;
}
function fullDetailsLine(runUrl, cut, limit) {
  let url = safeHttpUrl(runUrl), where = url === void 0 ? "the job summary of this workflow run" : `the job summary of [this workflow run](${url})`;
  return cut ? `Details were left out to fit GitHub's ${number.format(limit)}-character limit: full details in ${where}.` : `Full details in ${where}.`;
}
function fitRendering(render, maxChars, cutNote) {
  let last = "";
  for (let level of DETAIL_LEVELS)
    if (last = render(level, level.rows < MOST_ROWS), last.length <= maxChars) return last;
  return cutNote.length >= maxChars ? cutToLength(last, maxChars) : cutToLength(last, maxChars - cutNote.length) + cutNote;
}
function renderPrComment(outcomes, options) {
  let maxChars = options.maxChars ?? PR_COMMENT_MAX_CHARS, marker = prCommentMarker(options.marker), results = judgedResults(outcomes), render = (level, cut) => {
    let images = outcomes.length === 0 ? ["No images were checked."] : outcomes.map((outcome) => section(outcome, level));
    return [
      marker,
      title(outcomes),
      policySection(results, level.items),
      images.join(`

---

`),
      fullDetailsLine(options.runUrl, cut && outcomes.length > 0, maxChars)
    ].filter((part) => part !== "").join(`

`) + `
`;
  }, note = `

\u2026cut here. ${fullDetailsLine(options.runUrl, !0, maxChars)}
`, text2 = fitRendering(render, maxChars, note);
  return text2.startsWith(marker) ? text2 : cutToLength(marker, maxChars);
}

// src/report/check-run.ts
var CHECK_OUTPUT_MAX_CHARS = 65535;
var TITLE_LENGTH = 255, MESSAGE_LENGTH = 2e3, CHECK_TITLE_LENGTH = 200, number2 = new Intl.NumberFormat("en-US");
function text(value, maxLength) {
  return truncate(singleLine(value), maxLength);
}
function findingItem(level, judged, result) {
  let notice = findingNotice(judged, result.subject.repository);
  return { level, title: text(notice.title, TITLE_LENGTH), message: text(notice.message, MESSAGE_LENGTH) };
}
function baseCheckItems(result) {
  return (result.verdict.baseImage?.checks ?? []).filter((check) => check.effect === "fail" || check.effect === "warn").map((check) => {
    let state = check.status === "unknown" ? "could not be checked" : "not met", reported = check.effect === "warn" ? " (reported only)" : "", suggestion = check.suggestion === void 0 ? "" : ` Suggestion: ${check.suggestion}`;
    return {
      level: check.effect === "fail" ? "failure" : "warning",
      title: text(`Base image ${RULE_NAMES[check.rule]}: ${state}${reported}`, TITLE_LENGTH),
      message: text(`${check.image}: ${check.message}.${suggestion}`, MESSAGE_LENGTH),
      line: Math.max(1, check.line)
    };
  });
}
function items(result) {
  let { verdict, subject } = result, repository = subject.repository, base = baseCheckItems(result), failures = [
    ...base.filter((item) => item.level === "failure"),
    ...verdict.violations.filter((violation) => violation.count === 0 && violation.rule !== "base-image").map((violation) => ({
      level: "failure",
      title: text(`Policy violation: ${violation.rule}`, TITLE_LENGTH),
      message: text(`${violation.message} (${repository})`, MESSAGE_LENGTH)
    })),
    ...verdict.findings.filter((j) => j.status === "violation").map((j) => findingItem("failure", j, result))
  ], signatures2 = verdict.signatures, warnings = [
    ...base.filter((item) => item.level === "warning"),
    ...(signatures2 === void 0 ? [] : signatures2.requirements.filter((r) => !r.satisfied && !isEnforced(r, signatures2))).map(
      (requirement) => ({
        level: "warning",
        title: text(`Signature policy not met: ${requirement.description}`, TITLE_LENGTH),
        message: text(`${repository}: ${requirementStatus(requirement)} (reported only)`, MESSAGE_LENGTH)
      })
    ),
    ...verdict.expiredIgnores.map(({ rule, matched }) => ({
      level: "warning",
      title: text(`Ignore rule expired on ${rule.expires ?? "?"}`, TITLE_LENGTH),
      message: text(
        `${describeIgnoreRule(rule)} no longer applies; ${matched} finding${matched === 1 ? "" : "s"} in ${repository} count again. Reason was: ${rule.reason}`,
        MESSAGE_LENGTH
      )
    })),
    ...verdict.findings.filter((j) => j.status === "allowed" && atLeast(j.finding.severity, "MEDIUM")).map((j) => findingItem("warning", j, result))
  ], notices = verdict.unusedIgnores.map((rule) => ({
    level: "notice",
    title: "Unused ignore rule",
    message: text(`${describeIgnoreRule(rule)} matched nothing in ${repository} and can be removed.`, MESSAGE_LENGTH)
  }));
  return [...failures, ...warnings, ...notices];
}
function checkRunAnnotations(result) {
  let dockerfile = result.dockerfile;
  if (dockerfile === void 0) return [];
  let fallback = Math.max(1, dockerfile.finalFromLine);
  return items(result).map((item) => {
    let line = item.line ?? fallback;
    return {
      path: dockerfile.path,
      start_line: line,
      end_line: line,
      annotation_level: item.level,
      title: item.title,
      message: item.message
    };
  });
}
var LEVEL_ICONS = { failure: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function unannotatedText(list, runUrl) {
  let heading = `**Findings (${number2.format(list.length)}):** no Dockerfile was given, so they are listed here instead of annotated on a line.

`, reserve = 400, lines = [], length = heading.length;
  for (let item of list) {
    let line = `- ${LEVEL_ICONS[item.level]} **${escapeMarkdown(item.title)}**: ${escapeCell(item.message, MESSAGE_LENGTH)}`;
    if (length + line.length + 1 > CHECK_OUTPUT_MAX_CHARS - reserve) break;
    lines.push(line), length += line.length + 1;
  }
  let rest = list.length - lines.length, more = rest > 0 ? `

\u2026and ${number2.format(rest)} more. ${fullDetailsLine(runUrl, !0, CHECK_OUTPUT_MAX_CHARS)}` : "";
  return cutToLength(heading + lines.join(`
`) + more, CHECK_OUTPUT_MAX_CHARS);
}
function conclusion(result) {
  return result.verdict.outcome === "pass" ? "success" : result.verdict.failsStep ? "failure" : "neutral";
}
function checkTitle(result) {
  let { verdict, subject } = result, outcome = verdict.outcome === "pass" ? "PASS" : verdict.mode === "audit" ? "FAIL (audit mode)" : "FAIL", count = verdict.violations.length, violations2 = count === 0 ? "" : `: ${count} violation${count === 1 ? "" : "s"}`;
  return text(`${outcome}${violations2} \xB7 ${subject.repository}`, CHECK_TITLE_LENGTH);
}
function checkRunOutput(result, options = {}) {
  let all = items(result), annotated = result.dockerfile !== void 0, where = annotated ? `${number2.format(all.length)} annotation${all.length === 1 ? "" : "s"} on ${escapeCell(result.dockerfile?.path, 300)}.` : all.length === 0 ? "" : "No Dockerfile was given, so the findings are listed in the details below instead of annotated.", summary = fitRendering(
    (level, cut) => [imageSection(result, level), where, fullDetailsLine(options.runUrl, cut, CHECK_OUTPUT_MAX_CHARS)].filter((part) => part !== "").join(`

`),
    CHECK_OUTPUT_MAX_CHARS,
    `

\u2026cut here. ${fullDetailsLine(options.runUrl, !0, CHECK_OUTPUT_MAX_CHARS)}`
  );
  return {
    title: checkTitle(result),
    summary,
    ...!annotated && all.length > 0 && { text: unannotatedText(all, options.runUrl) },
    conclusion: conclusion(result)
  };
}
function erroredCheckRunOutput(input, error, repository, options = {}) {
  let summary = cutToLength(
    `${errorSection(input, error)}

${fullDetailsLine(options.runUrl, !1, CHECK_OUTPUT_MAX_CHARS)}`,
    CHECK_OUTPUT_MAX_CHARS
  );
  return { title: text(`ERROR \xB7 ${repository}`, CHECK_TITLE_LENGTH), summary, conclusion: "failure" };
}

// src/report/sarif-limits.ts
import { gzipSync as gzipSync2 } from "node:zlib";
var SARIF_MAX_RUNS_PER_FILE = 20, SARIF_MAX_RESULTS_PER_RUN = MAX_RESULTS_PER_RUN, SARIF_MAX_GZIP_BYTES2 = 1e7;
function gzipSarif(log) {
  return gzipSync2(serializeSarif(log));
}
var LEVEL_RANK = { error: 2, warning: 1, note: 0 }, number3 = new Intl.NumberFormat("en-US");
function importance(result) {
  let violation = result.properties.status === "violation" ? 1 : 0;
  return severityRank(result.properties.severity) * 8 + LEVEL_RANK[result.level] * 2 + violation;
}
function runName(run) {
  return run.properties.imageRepository || run.automationDetails.id;
}
function withResults(run, keep, dropped) {
  let oldRules = run.tool.driver.rules ?? [], rules = [], remap = /* @__PURE__ */ new Map(), results = keep.map((result) => {
    let index = remap.get(result.ruleIndex);
    if (index === void 0) {
      let rule = oldRules[result.ruleIndex];
      if (rule === void 0) return result;
      index = rules.push(rule) - 1, remap.set(result.ruleIndex, index);
    }
    return index === result.ruleIndex ? result : { ...result, ruleIndex: index };
  });
  return {
    ...run,
    tool: { ...run.tool, driver: { ...run.tool.driver, rules } },
    results,
    properties: { ...run.properties, resultsOmitted: run.properties.resultsOmitted + dropped }
  };
}
function mostImportant(results, count) {
  if (count >= results.length) return [...results];
  let ranked = results.map((result, index) => ({ index, score: importance(result) }));
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  let kept = new Set(ranked.slice(0, Math.max(0, count)).map((entry) => entry.index));
  return results.filter((_, index) => kept.has(index));
}
function keepOverRuns(runs, count) {
  let ranked = [];
  runs.forEach((run, r) => run.results.forEach((result, index) => ranked.push({ run: r, index, score: importance(result) }))), ranked.sort((a, b) => b.score - a.score || a.run - b.run || a.index - b.index);
  let kept = runs.map(() => /* @__PURE__ */ new Set());
  for (let entry of ranked.slice(0, Math.max(0, count))) kept[entry.run]?.add(entry.index);
  return runs.map((run, r) => run.results.filter((_, index) => kept[r]?.has(index) === !0));
}
function fitGzip(log, maxBytes, notes) {
  let size = gzipSarif(log).length;
  if (size <= maxBytes) return { log, dropped: 0 };
  let original = log.runs, totalResults = original.reduce((sum, run) => sum + run.results.length, 0), keep = totalResults, fitted = log;
  for (; size > maxBytes && keep > 0; ) {
    keep = Math.min(keep - 1, Math.floor(keep * maxBytes * 0.95 / size));
    let cut = keepOverRuns(original, keep);
    fitted = {
      ...log,
      runs: original.map((run, r) => {
        let kept = cut[r] ?? [];
        return withResults(run, kept, run.results.length - kept.length);
      })
    }, size = gzipSarif(fitted).length;
  }
  let dropped = totalResults - Math.max(0, keep);
  return original.forEach((run, r) => {
    let left = fitted.runs[r]?.results.length ?? 0;
    left < run.results.length && notes.push(
      `${runName(run)}: ${number3.format(run.results.length - left)} of ${number3.format(run.results.length)} SARIF results dropped, the least severe first, to fit GitHub's ${number3.format(maxBytes)}-byte gzipped upload limit.`
    );
  }), size > maxBytes && notes.push(`A SARIF payload is still ${number3.format(size)} bytes gzipped with no results left; GitHub will reject it.`), { log: fitted, dropped };
}
function fitSarifForUpload(log, limits = {}) {
  let maxRuns = Math.max(1, limits.maxRunsPerFile ?? SARIF_MAX_RUNS_PER_FILE), maxResults = limits.maxResultsPerRun ?? SARIF_MAX_RESULTS_PER_RUN, maxBytes = limits.maxGzipBytes ?? SARIF_MAX_GZIP_BYTES2, notes = [], dropped = 0, runs = log.runs.map((run) => {
    if (run.results.length <= maxResults) return run;
    let over = run.results.length - maxResults;
    return dropped += over, notes.push(
      `${runName(run)}: ${number3.format(over)} of ${number3.format(run.results.length)} SARIF results dropped, the least severe first: GitHub accepts at most ${number3.format(maxResults)} per run.`
    ), withResults(run, mostImportant(run.results, maxResults), over);
  }), payloads = [];
  for (let start = 0; start < runs.length; start += maxRuns) {
    let fitted = fitGzip({ ...log, runs: runs.slice(start, start + maxRuns) }, maxBytes, notes);
    dropped += fitted.dropped, payloads.push(fitted.log);
  }
  return payloads.length > 1 && notes.push(
    `${number3.format(runs.length)} SARIF runs split into ${payloads.length} uploads: GitHub accepts at most ${number3.format(maxRuns)} runs per file.`
  ), { payloads, dropped, notes };
}

// src/action/comment-key.ts
import { createHash } from "node:crypto";
import { isAbsolute, relative } from "node:path";
function commentKey(sources, context2) {
  let repositories = [...new Set(sources.map((source) => keyOf(source, context2.workspace)))].sort(), hash = createHash("sha256").update(repositories.join(`
`)).digest("hex").slice(0, 12);
  return `image-gate workflow=${context2.workflow} job=${context2.job} repositories=${hash}`;
}
function keyOf(source, workspace) {
  switch (source.kind) {
    case "registry":
    case "docker":
      return repositoryOf(source.reference);
    case "input":
    case "report":
      return source.image !== void 0 ? repositoryOf(source.image) : `${source.kind}:${pathInWorkspace(source.path, workspace)}`;
  }
}
function repositoryOf(reference) {
  if (/^(?:sha256:)?[a-f0-9]{64}$/.test(reference)) return "docker image ID";
  try {
    return repositoryName(parseImageReference(reference));
  } catch {
    return reference;
  }
}
function pathInWorkspace(path, workspace) {
  let inside = relative(workspace, path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside.split("\\").join("/") : path;
}

// src/action/github-publish.ts
async function publishToGitHub(redacted, settings, env, workspace, logger) {
  if (redacted.length === 0) return [];
  let repository = env.GITHUB_REPOSITORY;
  if (!repository)
    return logger.debug("GITHUB_REPOSITORY is not set: nothing is published to GitHub"), [];
  let repo, rest;
  try {
    repo = splitRepository(repository), rest = new GitHubRest({ apiUrl: env.GITHUB_API_URL ?? "https://api.github.com", token: settings.token });
  } catch (error) {
    return [{ message: `Nothing was published to GitHub: ${errorMessage(error)}`, actionable: !0 }];
  }
  let event = readEvent(env.GITHUB_EVENT_PATH), runUrl = env.GITHUB_RUN_ID && env.GITHUB_SERVER_URL ? `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : void 0, headSha = event.pullRequest?.headSha ?? env.GITHUB_SHA, tasks = [];
  if (settings.comment !== "never" && event.pullRequest) {
    let commented = comment(rest, repo, event.pullRequest.number, redacted, settings, env, workspace, runUrl);
    tasks.push(commented.then((warnings) => warnings.map((message) => ({ message, actionable: !0 }))));
  }
  return settings.checkRun && headSha && tasks.push(checkRuns(rest, repo, headSha, redacted, runUrl)), settings.uploadSarif && env.GITHUB_SHA && env.GITHUB_REF && tasks.push(sarifUploads(rest, repo, redacted, settings, env.GITHUB_SHA, env.GITHUB_REF, workspace)), (await Promise.all(tasks)).flat();
}
async function comment(rest, repo, number4, outcomes, settings, env, workspace, runUrl) {
  let keyContext = { workflow: env.GITHUB_WORKFLOW ?? "", job: env.GITHUB_JOB ?? "", workspace }, marker = prCommentMarker(commentKey(settings.images, keyContext)), identity, author = () => identity ??= tokenIdentity(rest, graphqlUrl(rest.base, env.GITHUB_GRAPHQL_URL));
  if (settings.comment === "on-failure" && stepVerdict(outcomes).outcome === "pass") {
    let found = await findComment(rest, repo, number4, marker, author);
    if ("warning" in found) return [found.warning];
    if (found.comment === void 0) return found.note === void 0 ? [] : [`${found.note}; none was updated`];
  }
  let body = renderPrComment(outcomes, { marker, ...runUrl && { runUrl } }), written = await upsertComment(rest, repo, number4, marker, body, author);
  return "warning" in written ? [written.warning] : written.note === void 0 ? [] : [written.note];
}
var CHECK_RUN_ANNOTATIONS_MAX = 2500, REFUSED_FOR_ALL = /* @__PURE__ */ new Set([401, 403, 404]);
async function checkRuns(rest, repo, headSha, outcomes, runUrl) {
  let notes = [], [first, ...others] = outcomes.map((outcome) => checkRunFor(outcome, headSha, runUrl, notes));
  if (first === void 0) return [];
  let firstResult = await publishCheckRun(rest, repo, first);
  if (!("id" in firstResult) && (firstResult.status === void 0 || REFUSED_FOR_ALL.has(firstResult.status))) {
    let skipped = others.length === 0 ? "" : ` (and the same for ${others.length} more check run${others.length === 1 ? "" : "s"}, not tried)`;
    return [{ message: `${firstResult.warning}${skipped}`, actionable: !0 }, ...notes];
  }
  let results = [firstResult, ...await Promise.all(others.map((run) => publishCheckRun(rest, repo, run)))];
  return [...sameFailureOnce(results), ...notes];
}
function sameFailureOnce(results) {
  let groups = /* @__PURE__ */ new Map();
  for (let result of results) {
    if (result.warning === void 0) continue;
    let key = "id" in result ? "annotations" : `create ${result.status ?? "no answer"}`;
    groups.set(key, [...groups.get(key) ?? [], result.warning]);
  }
  return [...groups.values()].map(([first = "", ...others]) => ({
    message: others.length === 0 ? first : `${first} (and the same for ${others.length} more check run${others.length === 1 ? "" : "s"})`,
    actionable: !0
  }));
}
function checkRunFor(outcome, headSha, runUrl, notes) {
  let common = { headSha, ...runUrl && { detailsUrl: runUrl } };
  if (outcome.result === void 0) {
    let repository = outcome.repository ?? outcome.input, output2 = erroredCheckRunOutput(outcome.input, outcome.error, repository, { ...runUrl && { runUrl } });
    return {
      ...common,
      name: `image-gate: ${repository}`,
      conclusion: output2.conclusion,
      title: output2.title,
      summary: output2.summary,
      annotations: []
    };
  }
  let { result } = outcome, output = checkRunOutput(result, { ...runUrl && { runUrl } }), annotations = checkRunAnnotations(result);
  return annotations.length > CHECK_RUN_ANNOTATIONS_MAX && notes.push({
    message: `The check run for ${result.subject.repository} carries the first ${CHECK_RUN_ANNOTATIONS_MAX} of ${annotations.length} annotations; the job summary and the result file have them all`,
    actionable: !1
  }), {
    ...common,
    name: `image-gate: ${result.subject.repository}`,
    conclusion: output.conclusion,
    title: output.title,
    summary: output.summary,
    ...output.text !== void 0 && { text: output.text },
    annotations: annotations.slice(0, CHECK_RUN_ANNOTATIONS_MAX)
  };
}
async function sarifUploads(rest, repo, outcomes, settings, commitSha, ref, workspace) {
  let sarif = stepSarif(outcomes, IMAGE_GATE_VERSION);
  if (sarif === void 0) return [];
  let fitted = fitSarifForUpload(sarif), warnings = fitted.notes.map((message) => ({ message, actionable: !1 }));
  for (let payload of fitted.payloads) {
    let uploaded = await uploadSarif(rest, repo, {
      sarif: serializeSarif(payload),
      commitSha,
      ref,
      checkoutUri: `file://${workspace}`,
      ...settings.uploadWaitMs > 0 && { wait: { timeoutMs: settings.uploadWaitMs, intervalMs: 2e3 } }
    });
    uploaded.warning !== void 0 && warnings.push({ message: uploaded.warning, actionable: !0 });
  }
  return warnings;
}
function readEvent(path) {
  if (!path) return {};
  try {
    let event = JSON.parse(readFileSync(path, "utf8")), number4 = event.pull_request?.number, headSha = event.pull_request?.head?.sha;
    return typeof number4 != "number" ? {} : { pullRequest: { number: number4, ...typeof headSha == "string" && { headSha } } };
  } catch {
    return {};
  }
}
export {
  publishToGitHub
};
