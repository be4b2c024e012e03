import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GitHubRest,
  findComment,
  graphqlUrl,
  publishCheckRun,
  splitRepository,
  tokenIdentity,
  uploadSarif,
  upsertComment
} from "./chunk-TY3RCLZF.js";
import "./chunk-GS55YYJ5.js";
import "./chunk-UP5ZSMSQ.js";
import "./chunk-BJR5CI72.js";
import "./chunk-WX6WFRWC.js";
import "./chunk-I7O7NM34.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-ELAGO25P.js";
import {
  errorMessage
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/app/publish/github-publish.ts
import { readFileSync } from "node:fs";
async function publishToGitHub(publication, settings, github, workspace, logger) {
  let repository = github.repository;
  if (!repository)
    return logger.debug("GITHUB_REPOSITORY is not set: nothing is published to GitHub"), [];
  let repo, rest;
  try {
    repo = splitRepository(repository), rest = new GitHubRest({ apiUrl: github.apiUrl, token: settings.token });
  } catch (error) {
    return [{ message: `Nothing was published to GitHub: ${errorMessage(error)}`, actionable: !0 }];
  }
  let event = readEvent(github.eventPath), runUrl = github.runId && github.serverUrl ? `${github.serverUrl}/${repository}/actions/runs/${github.runId}` : void 0, headSha = event.pullRequest?.headSha ?? github.sha, tasks = [];
  if (settings.comment !== "never" && event.pullRequest) {
    let commented = comment(rest, repo, event.pullRequest.number, publication.comment, settings, github, runUrl);
    tasks.push(commented.then((warnings) => warnings.map((message) => ({ message, actionable: !0 }))));
  }
  return settings.checkRun && headSha && tasks.push(checkRuns(rest, repo, headSha, publication.checkRuns(runUrl), runUrl)), settings.uploadSarif && github.sha && github.ref && tasks.push(sarifUploads(rest, repo, publication.sarif, settings, github.sha, github.ref, workspace)), (await Promise.all(tasks)).flat();
}
async function comment(rest, repo, number, rendered, settings, github, runUrl) {
  let { marker } = rendered, identity, author = () => identity ??= tokenIdentity(rest, graphqlUrl(rest.base, github.graphqlUrl));
  if (settings.comment === "on-failure" && rendered.passing) {
    let found = await findComment(rest, repo, number, marker, author);
    if ("warning" in found) return [found.warning];
    if (found.comment === void 0) return found.note === void 0 ? [] : [`${found.note}; none was updated`];
  }
  let body = rendered.body(runUrl), written = await upsertComment(rest, repo, number, marker, body, author);
  return "warning" in written ? [written.warning] : written.note === void 0 ? [] : [written.note];
}
var CHECK_RUN_ANNOTATIONS_MAX = 2500, REFUSED_FOR_ALL = /* @__PURE__ */ new Set([401, 403, 404]);
async function checkRuns(rest, repo, headSha, rendered, runUrl) {
  let notes = [], [first, ...others] = rendered.map((run) => checkRunFor(run, headSha, runUrl, notes));
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
function checkRunFor(run, headSha, runUrl, notes) {
  let { annotations } = run;
  return annotations.length > CHECK_RUN_ANNOTATIONS_MAX && notes.push({
    message: `The check run for ${run.repository} carries the first ${CHECK_RUN_ANNOTATIONS_MAX} of ${annotations.length} annotations; the job summary and the result file have them all`,
    actionable: !1
  }), {
    headSha,
    ...runUrl && { detailsUrl: runUrl },
    name: `image-gate: ${run.repository}`,
    conclusion: run.conclusion,
    title: run.title,
    summary: run.summary,
    ...run.text !== void 0 && { text: run.text },
    annotations: annotations.slice(0, CHECK_RUN_ANNOTATIONS_MAX)
  };
}
async function sarifUploads(rest, repo, render, settings, commitSha, ref, workspace) {
  let fitted = render();
  if (fitted === void 0) return [];
  let warnings = fitted.notes.map((message) => ({ message, actionable: !1 }));
  for (let payload of fitted.payloads) {
    let uploaded = await uploadSarif(rest, repo, {
      sarif: payload,
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
    let event = JSON.parse(readFileSync(path, "utf8")), number = event.pull_request?.number, headSha = event.pull_request?.head?.sha;
    return typeof number != "number" ? {} : { pullRequest: { number, ...typeof headSha == "string" && { headSha } } };
  } catch {
    return {};
  }
}
export {
  publishToGitHub
};
