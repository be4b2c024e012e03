import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  INPUT_LIMITS,
  InputFileError,
  formatBytes,
  readInputFile,
  readInputText
} from "./chunk-ELAGO25P.js";
import {
  GateError,
  configError,
  describeError
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/app/policy/policy-source.ts
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/app/policy/policy-diff.ts
var HEAD_POLICY_MAX_BYTES = 1e6, DIFF_MAX_LINES = 200, DIFF_LINE_MAX_CHARS = 400, CONTEXT_LINES = 2, MAX_LINES_TO_COMPARE = 5e3, MAX_EDITS = 1e3, DIFF_TIMEOUT_MS = 1e3;
async function readWorkspaceText(path, workspace, maxBytes = HEAD_POLICY_MAX_BYTES) {
  let bytes;
  try {
    bytes = await readInputFile(path, { what: "policy file", maxBytes, followLinks: !1, linksAllowedIn: workspace });
  } catch (error) {
    return error instanceof InputFileError ? error.problem === "missing" ? { kind: "absent" } : { kind: "unavailable", reason: unavailableReason(error, maxBytes) } : { kind: "unavailable", reason: "it could not be read" };
  }
  try {
    return { kind: "text", text: new TextDecoder("utf-8", { fatal: !0 }).decode(bytes) };
  } catch {
    return { kind: "unavailable", reason: "it is not UTF-8 text" };
  }
}
function unavailableReason(error, maxBytes) {
  switch (error.problem) {
    case "link":
      return "it is a symbolic link, or lies under one; what it points to is not shown";
    case "not-regular":
      return "it is not a regular file";
    case "too-large":
      return `it is larger than ${formatBytes(maxBytes)}`;
    case "missing":
    case "unreadable": {
      let code = error.cause?.code;
      return `it could not be read${code === void 0 ? "" : ` (${code})`}`;
    }
  }
}
async function diffPolicy(baseText, head) {
  if (head.kind === "unavailable") return { lines: [], moreLines: 0, unavailable: head.reason };
  if (head.kind === "absent")
    return baseText === void 0 ? void 0 : {
      lines: [],
      moreLines: 0,
      unavailable: "the workspace has no such file: the pull request deletes it, or the repository is not checked out"
    };
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
  let lines = patch.hunks.flatMap((hunk) => [
    `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`,
    ...hunk.lines
  ]), kept = lines.slice(0, DIFF_MAX_LINES).map(shorten);
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

// src/app/policy/policy-source.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]), MERGE_QUEUE_EVENT = "merge_group", COMMENT_EVENT = "issue_comment", COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, NAME = /^[A-Za-z0-9_.-]+$/, loaded = /* @__PURE__ */ new WeakMap();
function loadJudgingPolicy(config, context) {
  let key = JSON.stringify([config.policy.path, config.policy.required, config.policy.source ?? "default", config.policy.trust]), byKey = loaded.get(context);
  byKey === void 0 && (byKey = /* @__PURE__ */ new Map(), loaded.set(context, byKey));
  let policy = byKey.get(key);
  return policy === void 0 && (policy = choosePolicy(config, context), byKey.set(key, policy)), policy;
}
async function choosePolicy(config, context) {
  let pullRequest = pullRequestBase(context.github), setting = config.policy.source;
  if (pullRequest.kind === "pull-request" && setting !== "head") return basePolicy(config, context, pullRequest);
  if (pullRequest.kind === "incomplete" && setting !== "head")
    throw configError(
      `Input policy-source is ${setting ?? "base (the default on pull requests)"}, but ${pullRequest.problem}, so the base branch's policy cannot be read; set policy-source: head to judge by the workspace's policy file`
    );
  let note = pullRequest.kind === "none" ? void 0 : "policy-source is head: the pull request's own policy file judged";
  return workspacePolicy(config, context, note);
}
function pullRequestBase(github) {
  let eventName = github.eventName ?? "", mergeQueue = eventName === MERGE_QUEUE_EVENT, comment = eventName === COMMENT_EVENT;
  if (!PULL_REQUEST_EVENTS.has(eventName) && !mergeQueue && !comment) return { kind: "none" };
  let incomplete = (what) => ({ kind: "incomplete", problem: `the ${eventName} event ${what}` });
  if (!github.eventPath) return incomplete("has no payload (GITHUB_EVENT_PATH is not set)");
  let payload;
  try {
    payload = JSON.parse(readFileSync(github.eventPath, "utf8"));
  } catch {
    return incomplete("payload at GITHUB_EVENT_PATH could not be read as JSON");
  }
  if (comment) {
    let issue = field(payload, "issue");
    if (issue === void 0) return incomplete("payload gives no issue");
    if (field(issue, "pull_request") === void 0) return { kind: "none" };
  }
  let base = field(field(payload, "pull_request"), "base"), [sha, shaName] = mergeQueue ? [field(field(payload, "merge_group"), "base_sha"), "payload gives no merge_group.base_sha"] : comment ? [github.sha, "on a pull request has no GITHUB_SHA (the default branch commit it runs from)"] : [field(base, "sha"), "payload gives no pull_request.base.sha"];
  if (typeof sha != "string" || !COMMIT_SHA.test(sha)) return incomplete(shaName);
  let fullName = field(field(base, "repo"), "full_name") ?? field(field(payload, "repository"), "full_name"), [owner, repo, ...rest] = typeof fullName == "string" ? fullName.split("/") : [];
  return owner === void 0 || repo === void 0 || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo) ? incomplete(`payload gives no repository (${comment || mergeQueue ? "repository" : "pull_request.base.repo"}.full_name)`) : { kind: "pull-request", repo: { owner, repo }, sha, branch: comment ? "default branch" : "base branch" };
}
function field(value, name) {
  return typeof value == "object" && value !== null && !Array.isArray(value) ? value[name] : void 0;
}
function repositoryPath(path, workspace) {
  let inside = relative(resolve(workspace), resolve(workspace, path));
  if (!(inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)))
    return inside.split(sep).join("/");
}
async function workspacePolicy(config, context, note) {
  let { loadPolicyFile } = await import("./load-policy-HRE7XR5B.js"), source = displayPath(config.policy.path, context.paths.workspace), inRepository = repositoryPath(config.policy.path, context.paths.workspace), file = await loadPolicyFile(config.policy.path, {
    required: config.policy.required,
    ...inRepository !== void 0 && { file: inRepository }
  });
  file && context.logger.info(`Policy: ${source}`), note !== void 0 && context.logger.info(`Policy: ${note}`);
  let keys = await inputKeys(
    config.policy.trust.keys,
    (path) => readInputText(path, { what: "public key file", maxBytes: INPUT_LIMITS.publicKey })
  ), authority = await inputCertificateAuthority(config.policy.trust.certificateAuthority, (path) => readInputText(path, CERTIFICATES_FILE));
  return {
    file,
    source,
    origin: { source: "workspace", path: source, found: file !== void 0, ...note !== void 0 && { note } },
    // The trusted-root input is read (bounded, a regular file) where signatures are checked, as the policy's own.
    overrides: withTrust(config, keys, config.policy.trust.trustedRootPath, authority)
  };
}
async function basePolicy(config, context, pullRequest) {
  let path = repositoryPath(config.policy.path, context.paths.workspace);
  if (path === void 0)
    throw configError(
      `Input policy: ${config.policy.path} is outside the workspace, so it cannot be read from the ${pullRequest.branch} (policy-source base); give a path inside the repository, or policy-source head`
    );
  let [{ parsePolicyText }, { readSignatureKeys }, { GitHubRest, RepositoryAtCommit }] = await Promise.all([
    import("./load-VIR7R55J.js"),
    import("./load-policy-HRE7XR5B.js"),
    import("./github-IYOPUJEH.js")
  ]), rest;
  try {
    rest = new GitHubRest({ apiUrl: context.github.apiUrl, token: config.githubToken ?? context.github.token });
  } catch (error) {
    throw configError(`Cannot read the policy from the ${pullRequest.branch}: ${describeError(error)}`, error);
  }
  let base = {
    files: new RepositoryAtCommit(rest, pullRequest.repo, pullRequest.sha),
    branch: pullRequest.branch,
    workspace: context.paths.workspace
  }, shortSha = pullRequest.sha.slice(0, 12), source = `${path} (${pullRequest.branch}, ${shortSha})`, trust = config.policy.trust, [answer, keys, trustedRootPath, head, authority, vex] = await settledInOrder([
    base.files.read(path),
    // The inputs' files of trust too: a workflow that names its key must not find the pull request's.
    inputKeys(trust.keys, (keyPath) => readBaseFile(base, keyPath, { what: "public key file", maxBytes: INPUT_LIMITS.publicKey, input: !0 })),
    trust.trustedRootPath === void 0 ? Promise.resolve(void 0) : baseCopy(base, trust.trustedRootPath, context.paths.tempDir, "Input trusted-root:"),
    readWorkspaceText(config.policy.path, context.paths.workspace),
    inputCertificateAuthority(trust.certificateAuthority, (caPath) => readBaseFile(base, caPath, { ...CERTIFICATES_FILE, input: !0 })),
    Promise.all(
      config.vex.map(async (document) => ({
        path: await baseCopy(base, document.path, context.paths.tempDir, "Input vex:", "VEX document"),
        display: document.display
      }))
    )
  ]), origin = {
    source: "base",
    path,
    ref: pullRequest.sha,
    branch: pullRequest.branch,
    found: answer.found,
    ...pullRequest.branch === "default branch" && {
      note: `The ${COMMENT_EVENT} event names no base branch: the default branch's policy at ${shortSha} (the commit this workflow runs from) judged`
    }
  }, file;
  if (answer.found ? (file = parsePolicyText(answer.text, source, path), await readSignatureKeys(
    file,
    source,
    (keyPath, trustFile) => readBaseFile(base, keyPath, trustFile ?? { what: "key file", maxBytes: INPUT_LIMITS.publicKey })
  ), trustedRootPath === void 0 && await fetchTrustedRoot(file, base, context.paths.tempDir), context.logger.info(
    `Policy: ${path} from the ${pullRequest.branch} of ${base.files.name} (a pull request cannot change the policy that judges it)`
  )) : (origin.note = `The ${pullRequest.branch} (${shortSha}) has no ${path}: the defaults and the inputs judged`, context.logger.info(`Policy: ${origin.note}`)), trust.keys?.some((key) => key.kind === "path") === !0 || trustedRootPath !== void 0 || authority !== void 0) {
    let inputs = authority === void 0 ? "key and trusted-root inputs" : "key, trusted-root and certificate authority inputs";
    context.logger.info(`Policy: the files the ${inputs} name read from the ${pullRequest.branch} too`);
  }
  vex.length > 0 && context.logger.info(`Policy: the VEX documents the vex input names read from the ${pullRequest.branch} too`);
  let change = await diffPolicy(answer.found ? answer.text : void 0, head);
  return change !== void 0 && (origin.changedInPullRequest = change, context.logger.info(`Policy: the pull request changes ${path}; its version is shown in the summary, not used`)), { file, source, origin, overrides: withTrust(config, keys, trustedRootPath, authority), ...vex.length > 0 && { vex } };
}
async function settledInOrder(promises) {
  let settled = await Promise.allSettled(promises), failed = settled.find((result) => result.status === "rejected");
  if (failed !== void 0) throw failed.reason;
  return settled.map((result) => result.value);
}
function withTrust(config, keys, trustedRootPath, certificateAuthority) {
  return {
    ...config.policy.overrides,
    ...keys !== void 0 && { keys },
    ...trustedRootPath !== void 0 && { trustedRootPath },
    ...certificateAuthority !== void 0 && { certificateAuthority }
  };
}
var CERTIFICATES_FILE = { what: "certificates file", maxBytes: INPUT_LIMITS.tlsPem };
async function inputCertificateAuthority(input, read) {
  if (input === void 0) return;
  let named = async (name, path) => {
    try {
      return await read(path);
    } catch (error) {
      throw error instanceof GateError ? new GateError(error.kind, `Input ${name}: ${error.message}`, { cause: error }) : configError(`Input ${name}: ${describeError(error)}`, error);
    }
  };
  if (input.kind === "chain") return { kind: "chain", chainPem: await named("certificate-chain", input.chainPath) };
  let [rootsPem, intermediatesPem] = await Promise.all([
    named("ca-roots", input.rootsPath),
    input.intermediatesPath === void 0 ? Promise.resolve(void 0) : named("ca-intermediates", input.intermediatesPath)
  ]);
  return { kind: "roots", rootsPem, ...intermediatesPem !== void 0 && { intermediatesPem } };
}
async function inputKeys(keys, read) {
  if (keys !== void 0)
    return Promise.all(
      keys.map(async (key) => {
        if (key.kind === "pem") return key.pem;
        try {
          return await read(key.path);
        } catch (error) {
          throw error instanceof GateError ? new GateError(error.kind, `Input key: ${error.message}`, { cause: error }) : configError(`Input key: ${describeError(error)}`, error);
        }
      })
    );
}
async function readBaseFile(base, path, file) {
  let inside = repositoryPath(path, base.workspace);
  if (inside === void 0) {
    let advice = file.input === !0 ? "(policy-source base); give a path inside the repository, the PEM text itself, or policy-source head" : "with the policy; keep it in the repository (or give a key inline as pem), or use policy-source head";
    throw configError(`${file.what} ${path} is outside the workspace, so it cannot be read from the ${base.branch} ${advice}`);
  }
  let answer = await base.files.read(inside, file.maxBytes);
  if (!answer.found) throw configError(`${file.what} ${inside} does not exist in ${base.files.name} (the ${base.branch})`);
  return answer.text;
}
async function baseCopy(base, path, tempDir, what, noun = "trusted root") {
  let inside = repositoryPath(path, base.workspace);
  if (inside === void 0)
    throw configError(
      `${what} ${path} is outside the workspace, so it cannot be read from the ${base.branch} (policy-source base); give a path inside the repository, or policy-source head`
    );
  let text;
  try {
    let answer = await base.files.read(inside);
    if (!answer.found) throw configError(`${noun} ${inside} does not exist in ${base.files.name} (the ${base.branch})`);
    text = answer.text;
  } catch (error) {
    throw error instanceof GateError ? new GateError(error.kind, `${what} ${error.message}`, { cause: error }) : error;
  }
  await mkdir(tempDir, { recursive: !0 });
  let dir = await mkdtemp(join(tempDir, "base-branch-")), copy = join(dir, inside);
  return await mkdir(dirname(copy), { recursive: !0 }), await writeFile(copy, text, { mode: 384 }), copy;
}
async function fetchTrustedRoot(file, base, tempDir) {
  let signatures = file.document.signatures, named = signatures?.["trusted-root"];
  signatures === void 0 || named === void 0 || (signatures["trusted-root"] = await baseCopy(base, named, tempDir, "signatures.trusted-root:"));
}
function displayPath(path, workspace) {
  return repositoryPath(path, workspace) ?? path;
}
export {
  loadJudgingPolicy,
  pullRequestBase,
  repositoryPath
};
