import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  configError
} from "./chunk-IBDES4N3.js";
import "./chunk-AWIWLHBC.js";

// src/gate/policy-source.ts
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative as relative2, resolve as resolve2, sep } from "node:path";

// src/gate/policy-diff.ts
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { relative, resolve } from "node:path";
var HEAD_POLICY_MAX_BYTES = 1e6, DIFF_MAX_LINES = 200, DIFF_LINE_MAX_CHARS = 400, CONTEXT_LINES = 2, MAX_LINES_TO_COMPARE = 5e3, MAX_EDITS = 1e3, DIFF_TIMEOUT_MS = 1e3, NO_FOLLOW = constants.O_NOFOLLOW ?? 0, NO_BLOCK = constants.O_NONBLOCK ?? 0;
async function readWorkspaceText(path, workspace, maxBytes = HEAD_POLICY_MAX_BYTES) {
  let unavailable = (reason) => ({ kind: "unavailable", reason }), real;
  try {
    real = await realpath(path);
  } catch (error) {
    let code = error.code;
    return code === "ENOENT" || code === "ENOTDIR" ? { kind: "absent" } : unavailable(`it could not be read (${code ?? String(error)})`);
  }
  let workspaceReal = await realpath(workspace).catch(() => resolve(workspace));
  if (real !== resolve(workspaceReal, relative(resolve(workspace), resolve(path))))
    return unavailable("it is a symbolic link, or lies under one; what it points to is not shown");
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | NO_BLOCK | NO_FOLLOW);
  } catch (error) {
    return unavailable(`it could not be read (${error.code ?? String(error)})`);
  }
  try {
    let stat = await handle.stat();
    if (!stat.isFile()) return unavailable("it is not a regular file");
    if (stat.size > maxBytes) return unavailable(`it is larger than ${maxBytes} bytes`);
    let buffer = Buffer.alloc(maxBytes + 1), length = 0;
    for (; ; ) {
      let { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      if (length += bytesRead, length > maxBytes) return unavailable(`it is larger than ${maxBytes} bytes`);
    }
    try {
      return { kind: "text", text: new TextDecoder("utf-8", { fatal: !0 }).decode(buffer.subarray(0, length)) };
    } catch {
      return unavailable("it is not UTF-8 text");
    }
  } finally {
    await handle.close();
  }
}
async function diffPolicy(baseText, head) {
  if (head.kind === "unavailable") return { lines: [], moreLines: 0, unavailable: head.reason };
  if (head.kind === "absent")
    return baseText === void 0 ? void 0 : { lines: [], moreLines: 0, unavailable: "the workspace has no such file: the pull request deletes it, or the repository is not checked out" };
  let before = normalise(baseText ?? ""), after = normalise(head.text);
  if (before === after) return;
  if (lineCount(before) > MAX_LINES_TO_COMPARE || lineCount(after) > MAX_LINES_TO_COMPARE)
    return { lines: [], moreLines: 0, unavailable: `it has more than ${MAX_LINES_TO_COMPARE} lines, too many to compare line by line` };
  let { structuredPatch } = await import("./libesm-TFDV7XJZ.js"), patch = structuredPatch("base", "head", before, after, void 0, void 0, {
    context: CONTEXT_LINES,
    maxEditLength: MAX_EDITS,
    timeout: DIFF_TIMEOUT_MS
  });
  if (patch === void 0)
    return { lines: [], moreLines: 0, unavailable: "it changes too much to show line by line" };
  let lines = patch.hunks.flatMap((hunk) => [`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines]), kept = lines.slice(0, DIFF_MAX_LINES).map(shorten);
  return { lines: kept, moreLines: lines.length - kept.length };
}
function range(start, count) {
  return `${count === 0 ? start - 1 : start},${count}`;
}
function shorten(line) {
  if (line.length <= DIFF_LINE_MAX_CHARS) return line;
  let end = DIFF_LINE_MAX_CHARS - 1, last = line.charCodeAt(end - 1);
  return last >= 55296 && last <= 56319 && (end -= 1), `${line.slice(0, end)}\u2026`;
}
function normalise(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n/g, `
`);
}
function lineCount(text) {
  let count = 1;
  for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1)) count++;
  return count;
}

// src/gate/policy-source.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]), MERGE_QUEUE_EVENT = "merge_group", COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, NAME = /^[A-Za-z0-9_.-]+$/, loaded = /* @__PURE__ */ new WeakMap();
function loadJudgingPolicy(config, environment) {
  let key = JSON.stringify([config.policy.path, config.policy.required, config.policy.source ?? "default", config.policy.overrides.trustedRootPath ?? ""]), byKey = loaded.get(environment);
  byKey === void 0 && (byKey = /* @__PURE__ */ new Map(), loaded.set(environment, byKey));
  let policy = byKey.get(key);
  return policy === void 0 && (policy = choosePolicy(config, environment), byKey.set(key, policy)), policy;
}
async function choosePolicy(config, environment) {
  let pullRequest = pullRequestBase(environment.env), setting = config.policy.source;
  if (pullRequest.kind === "pull-request" && setting !== "head") return basePolicy(config, environment, pullRequest);
  if (pullRequest.kind === "incomplete" && setting === "base") throw configError(`Input policy-source is base, but ${pullRequest.problem}`);
  let note = pullRequest.kind === "incomplete" ? `${pullRequest.problem}, so the workspace's policy file judged` : pullRequest.kind === "pull-request" ? "policy-source is head: the pull request's own policy file judged" : void 0;
  return workspacePolicy(config, environment, note);
}
function pullRequestBase(env) {
  let eventName = env.GITHUB_EVENT_NAME ?? "", mergeQueue = eventName === MERGE_QUEUE_EVENT;
  if (!PULL_REQUEST_EVENTS.has(eventName) && !mergeQueue) return { kind: "none" };
  let incomplete = (what) => ({ kind: "incomplete", problem: `the ${eventName} event ${what}` });
  if (!env.GITHUB_EVENT_PATH) return incomplete("has no payload (GITHUB_EVENT_PATH is not set)");
  let payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    return incomplete("payload at GITHUB_EVENT_PATH could not be read as JSON");
  }
  let base = field(field(payload, "pull_request"), "base"), sha = mergeQueue ? field(field(payload, "merge_group"), "base_sha") : field(base, "sha");
  if (typeof sha != "string" || !COMMIT_SHA.test(sha))
    return incomplete(`payload gives no ${mergeQueue ? "merge_group.base_sha" : "pull_request.base.sha"}`);
  let fullName = field(field(base, "repo"), "full_name") ?? field(field(payload, "repository"), "full_name"), [owner, repo, ...rest] = typeof fullName == "string" ? fullName.split("/") : [];
  return owner === void 0 || repo === void 0 || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo) ? incomplete("payload gives no repository (pull_request.base.repo.full_name)") : { kind: "pull-request", repo: { owner, repo }, sha };
}
function field(value, name) {
  return typeof value == "object" && value !== null && !Array.isArray(value) ? value[name] : void 0;
}
function repositoryPath(path, workspace) {
  let inside = relative2(resolve2(workspace), resolve2(workspace, path));
  if (!(inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)))
    return inside.split(sep).join("/");
}
async function workspacePolicy(config, environment, note) {
  let { loadPolicyFile } = await import("./load-4P4MEYNJ.js"), source = displayPath(config.policy.path, environment.workspace), file = await loadPolicyFile(config.policy.path, { required: config.policy.required });
  return file && environment.logger.info(`Policy: ${source}`), note !== void 0 && environment.logger.info(`Policy: ${note}`), { file, source, origin: { source: "workspace", path: source, found: file !== void 0, ...note !== void 0 && { note } } };
}
async function basePolicy(config, environment, pullRequest) {
  let path = repositoryPath(config.policy.path, environment.workspace);
  if (path === void 0)
    throw configError(
      `Input policy: ${config.policy.path} is outside the workspace, so it cannot be read from the base branch (policy-source base); give a path inside the repository, or policy-source head`
    );
  let [{ parsePolicyText, readSignatureKeys }, { GitHubRest }, { RepositoryAtCommit }] = await Promise.all([
    import("./load-4P4MEYNJ.js"),
    import("./rest-SQYS3A7U.js"),
    import("./contents-VFHESKZL.js")
  ]), rest;
  try {
    rest = new GitHubRest({
      apiUrl: environment.env.GITHUB_API_URL ?? "https://api.github.com",
      token: config.githubToken ?? environment.env.GITHUB_TOKEN
    });
  } catch (error) {
    throw configError(`Cannot read the policy from the base branch: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  let base = new RepositoryAtCommit(rest, pullRequest.repo, pullRequest.sha), shortSha = pullRequest.sha.slice(0, 12), source = `${path} (base branch, ${shortSha})`, [answer, head] = await Promise.all([base.read(path), readWorkspaceText(config.policy.path, environment.workspace)]), origin = { source: "base", path, ref: pullRequest.sha, found: answer.found }, file;
  answer.found ? (file = parsePolicyText(answer.text, source), await readSignatureKeys(file, source, (keyPath) => readBaseFile(base, keyPath, environment.workspace, "key file")), config.policy.overrides.trustedRootPath === void 0 && await fetchTrustedRoot(file, base, config.tempDir, environment.workspace), environment.logger.info(`Policy: ${path} from the base branch of ${base.name} (a pull request cannot change the policy that judges it)`)) : (origin.note = `The base branch (${shortSha}) has no ${path}: the defaults and the inputs judged`, environment.logger.info(`Policy: ${origin.note}`));
  let change = await diffPolicy(answer.found ? answer.text : void 0, head);
  return change !== void 0 && (origin.changedInPullRequest = change, environment.logger.info(`Policy: the pull request changes ${path}; its version is shown in the summary, not used`)), { file, source, origin };
}
async function readBaseFile(base, path, workspace, what) {
  let inside = repositoryPath(path, workspace);
  if (inside === void 0)
    throw configError(
      `${what} ${path} is outside the workspace, so it cannot be read from the base branch with the policy; keep it in the repository (or give a key inline as pem), or use policy-source head`
    );
  let answer = await base.read(inside);
  if (!answer.found) throw configError(`${what} ${inside} does not exist in ${base.name} (the base branch)`);
  return answer.text;
}
async function fetchTrustedRoot(file, base, tempDir, workspace) {
  let signatures = file.document.signatures, named = signatures?.["trusted-root"];
  if (signatures === void 0 || named === void 0) return;
  let text = await readBaseFile(base, named, workspace, "signatures.trusted-root");
  await mkdir(tempDir, { recursive: !0 });
  let dir = await mkdtemp(join(tempDir, "base-branch-")), copy = join(dir, repositoryPath(named, workspace) ?? "trusted_root.json");
  await mkdir(dirname(copy), { recursive: !0 }), await writeFile(copy, text, { mode: 384 }), signatures["trusted-root"] = copy;
}
function displayPath(path, workspace) {
  return repositoryPath(path, workspace) ?? path;
}
export {
  loadJudgingPolicy,
  pullRequestBase,
  repositoryPath
};
