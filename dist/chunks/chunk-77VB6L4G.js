import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  RULE_NAMES,
  SUMMARY_POLICY_DIFF_LINES,
  attributionLine,
  describeIgnoreRule,
  effectMark,
  effectText,
  entryOutcome,
  findingNote,
  findingSections,
  findingSubject,
  findingTitle,
  findingUrl,
  findingVersions,
  fullReportLine,
  groupOutcome,
  ignoredVulnerabilitiesBySeverity,
  imageEntries,
  judgedResults,
  normalizedName,
  onlyOn,
  platformErrors,
  platformLabel,
  platformTable,
  platformsHeadline,
  policySection,
  sameOrEach,
  selectTop,
  serializeSarif,
  sharedLines,
  sharedRow,
  sharedValue,
  statusText,
  stepSarif,
  stepVerdict,
  verdictHeadline
} from "./chunk-AI7YRN6R.js";
import {
  gateImage,
  oneLine,
  signatureLines
} from "./chunk-MJR2V3T2.js";
import {
  describeSigner,
  details,
  escapeCell,
  escapeMarkdown,
  evidenceKind,
  evidenceStatus,
  findingId,
  findingPackage,
  findingPath,
  isEnforced,
  markdownLink,
  markdownTable,
  modeText,
  requirementStatus,
  sourceName
} from "./chunk-FWII52N6.js";
import {
  SEVERITIES
} from "./chunk-LGNO2SGX.js";
import {
  isTrusted
} from "./chunk-4ENMLC6D.js";
import {
  loadRegistryClient
} from "./chunk-UP5ZSMSQ.js";
import {
  defaultDockerConfigPath
} from "./chunk-BJR5CI72.js";
import {
  repositoryName
} from "./chunk-WX6WFRWC.js";
import {
  describeError,
  fileMistakes
} from "./chunk-YQNRIA6J.js";

// src/app/check/describe-source.ts
function describeSource(source) {
  switch (source.kind) {
    case "registry":
      return `${source.image.written} from its registry`;
    case "docker":
      return `${source.image.written} from the Docker daemon`;
    case "input":
      return `the image at ${source.path}`;
    case "report":
      return `the Trivy report ${source.path}`;
  }
}

// src/app/check/gate-images.ts
async function gateImages(config, context) {
  return (await Promise.allSettled(config.sources.map((source) => gateImage(config, source, context)))).flatMap((outcome, index) => {
    let source = config.sources[index], input = describeInput(source);
    return outcome.status === "rejected" ? [errorOutcome(input, source, outcome.reason)] : outcome.value.map(
      (gated) => gated.result !== void 0 ? { input, result: gated.result } : errorOutcome(input, source, gated.error, gated.platform)
    );
  });
}
function errorOutcome(input, source, reason, platform) {
  let repository = namedRepository(source), mistakes = fileMistakes(reason);
  return {
    input,
    error: describeError(reason),
    ...platform !== void 0 && { platform },
    ...repository !== void 0 && { repository },
    ...mistakes !== void 0 && { mistakes }
  };
}
function describeInput(source) {
  return source === void 0 ? "?" : source.kind === "input" || source.kind === "report" ? source.path : source.image.written;
}
function namedRepository(source) {
  return source?.image === void 0 ? void 0 : repositoryName(source.image.reference);
}

// src/app/context.ts
import { homedir } from "node:os";
import { join } from "node:path";

// src/app/check/scan-slots.ts
var ScanSlots = class {
  constructor(limit) {
    this.limit = limit;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`scan slots need a whole number of at least 1, not ${limit}`);
  }
  limit;
  running = 0;
  waiting = [];
  async run(task) {
    this.running < this.limit ? this.running++ : await new Promise((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      let next = this.waiting.shift();
      next ? next() : this.running--;
    }
  }
};

// src/app/check/trivy-run.ts
var TrivyRun = class {
  /** By the settings that choose the binary, so two configurations in one run never share a Trivy by mistake. */
  located = /* @__PURE__ */ new Map();
  /** By Trivy cache directory. */
  dbCache = /* @__PURE__ */ new Map();
  /** Each database download, by binary, cache directory, database and mirrors (trivy-databases.ts). */
  databases = /* @__PURE__ */ new Map();
  slots;
  /**
   * Runs `scan` once fewer than `limit` of the run's scans are running. The first scan's limit is the run's
   * (one configuration per run, whose parallel input it is). Everything else about an image (pinning,
   * signatures, base images) runs concurrently with other images, unbounded here.
   */
  atMost(limit, scan) {
    return this.slots ??= new ScanSlots(limit), this.slots.run(scan);
  }
};

// src/app/context.ts
var PUBLIC_GITHUB_API = "https://api.github.com";
function createRunContext(options) {
  let { config, env, logger } = options, paths = {
    workspace: options.workspace,
    tempDir: options.tempDir,
    toolCacheDir: env.RUNNER_TOOL_CACHE || join(homedir(), ".cache", "image-gate", "tools"),
    trivyCacheDir: env.TRIVY_CACHE_DIR ?? join(homedir(), ".cache", "trivy"),
    dockerConfig: defaultDockerConfigPath(env)
  }, client, registry = () => client ??= loadRegistryClient().then(
    ({ RegistryClient }) => new RegistryClient({
      credentials: config.registry.credentials,
      insecureRegistries: config.registry.insecure,
      logger,
      // Docker's default file: a missing one means no credentials from it.
      dockerConfig: { path: paths.dockerConfig, required: !1 },
      helperEnv: env
    })
  );
  return {
    logger,
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    paths,
    github: githubContext(env),
    environment: runEnvironment(env),
    registry,
    trivy: new TrivyRun(),
    actionsCache: options.actionsCache ?? !1
  };
}
function githubContext(env) {
  return {
    repository: env.GITHUB_REPOSITORY,
    apiUrl: env.GITHUB_API_URL ?? PUBLIC_GITHUB_API,
    graphqlUrl: env.GITHUB_GRAPHQL_URL,
    serverUrl: env.GITHUB_SERVER_URL,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    eventName: env.GITHUB_EVENT_NAME,
    eventPath: env.GITHUB_EVENT_PATH,
    workflow: env.GITHUB_WORKFLOW,
    job: env.GITHUB_JOB,
    token: env.GITHUB_TOKEN
  };
}
function runEnvironment(env) {
  return {
    inherited: env,
    path: env.PATH ?? "",
    docker: {
      dockerHost: env.DOCKER_HOST,
      // As the docker CLI reads them: any value but "0" turns TLS on.
      tls: { verify: !!env.DOCKER_TLS_VERIFY && env.DOCKER_TLS_VERIFY !== "0", certPath: env.DOCKER_CERT_PATH }
    },
    tufMirrorUrl: env.IMAGE_GATE_TUF_MIRROR_URL,
    trivySkipUpdate: { db: goBoolean(env.TRIVY_SKIP_DB_UPDATE), javaDb: goBoolean(env.TRIVY_SKIP_JAVA_DB_UPDATE) }
  };
}
function goBoolean(value) {
  return value !== void 0 && ["1", "t", "T", "TRUE", "true", "True"].includes(value);
}
function toolCacheVariables(context) {
  return { RUNNER_TOOL_CACHE: context.paths.toolCacheDir, RUNNER_TEMP: context.paths.tempDir };
}

// src/app/publish/write-files.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function writeReportFiles(files) {
  let written = {};
  return files.sarif !== void 0 && (await writeText(files.sarif.path, files.sarif.text), written.sarifFile = files.sarif.path), files.result !== void 0 && (await writeText(files.result.path, files.result.text), written.resultFile = files.result.path), written;
}
async function writeText(path, text) {
  await mkdir(dirname(path), { recursive: !0 }), await writeFile(path, text);
}

// src/report/result-file/result-base-image.ts
function resultBaseImage(base) {
  let facts3 = base.facts;
  return {
    from: facts3 === void 0 ? null : {
      written: facts3.written,
      normalized: facts3.normalized ?? null,
      line: facts3.line,
      digest: facts3.digest ?? null,
      newerTags: [...facts3.newerTags]
    },
    checks: base.checks.map((c) => ({
      rule: c.rule,
      status: c.status,
      effect: c.effect,
      line: c.line,
      image: c.image,
      message: c.message,
      suggestion: c.suggestion ?? null
    })),
    advice: [...base.advice]
  };
}
function resultAttribution(attribution) {
  return structuredClone(attribution);
}

// src/report/result-file/result-signatures.ts
function resultSignatures(signatures) {
  return {
    mode: signatures.mode,
    requirements: signatures.requirements.map((r) => ({
      description: r.description,
      required: r.required,
      satisfied: r.satisfied,
      satisfiedBy: r.satisfiedBy ?? null,
      reason: r.reason ?? null
    })),
    results: signatures.results.map((r) => ({
      source: r.source,
      location: r.location,
      kind: r.kind,
      predicateType: r.predicateType ?? null,
      verified: isTrusted(r),
      signer: r.signer === void 0 ? null : structuredClone(r.signer),
      transparencyLog: isTrusted(r) ? r.transparencyLog ?? null : null,
      rejection: r.rejection === void 0 ? null : { ...r.rejection }
    })),
    problems: [...signatures.problems]
  };
}

// src/report/result-file/result-json.ts
var RESULT_DOCUMENT_VERSION = 1;
function compactFinding(judged) {
  let { finding } = judged, out = {
    kind: finding.kind,
    id: findingId(finding),
    severity: finding.severity,
    status: judged.status,
    target: finding.target
  };
  switch (finding.kind) {
    case "vulnerability":
      out.title = finding.title, out.package = finding.packageName, out.installed = finding.installedVersion, finding.fixedVersion && (out.fixed = finding.fixedVersion), finding.packagePath && (out.path = finding.packagePath), finding.cvss && (out.cvss = finding.cvss.score), finding.url && (out.url = finding.url);
      break;
    case "secret":
      out.title = finding.title, out.line = finding.startLine, out.category = finding.category;
      break;
    case "misconfiguration":
      out.title = finding.title, finding.startLine !== void 0 && (out.line = finding.startLine), finding.url && (out.url = finding.url);
      break;
    case "license":
      finding.packageName && (out.package = finding.packageName), finding.filePath && (out.path = finding.filePath), out.category = finding.category;
      break;
  }
  let note = findingNote(judged);
  return note !== void 0 && (out.note = note), judged.vex !== void 0 && (out.vex = judged.vex), judged.origin !== void 0 && (out.origin = judged.origin), out;
}
function ignoreRule(rule) {
  return {
    ...rule.id !== void 0 && { id: rule.id },
    ...rule.package !== void 0 && { package: rule.package },
    ...rule.path !== void 0 && { path: rule.path },
    reason: rule.reason,
    ...rule.expires !== void 0 && { expires: rule.expires },
    origin: rule.origin
  };
}
function image(result) {
  let { subject, scan, verdict } = result, findings2 = new Array(verdict.findings.length), ignored = [];
  return verdict.findings.forEach((judged, i) => {
    if (findings2[i] = compactFinding(judged), judged.status !== "ignored") return;
    let pkg = findingPackage(judged.finding);
    ignored.push({
      kind: judged.finding.kind,
      id: findingId(judged.finding),
      severity: judged.finding.severity,
      ...pkg !== void 0 && { package: pkg },
      target: judged.finding.target,
      reason: judged.ignoredBy?.reason ?? "",
      expires: judged.ignoredBy?.expires ?? null,
      origin: judged.ignoredBy?.origin ?? ""
    });
  }), {
    input: subject.input,
    repository: subject.repository,
    digest: subject.digest ?? null,
    ...subject.platform !== void 0 && { platform: { name: subject.platform.name, digest: subject.platform.digest } },
    reference: subject.pinned,
    identity: subject.identity,
    outcome: verdict.outcome,
    mode: verdict.mode,
    failsStep: verdict.failsStep,
    scan: {
      source: scan.source,
      artifactType: scan.artifactType,
      trivyVersion: scan.trivyVersion ?? null,
      os: scan.os === void 0 ? null : { family: scan.os.family, name: scan.os.name, eosl: scan.os.eosl ?? !1 }
    },
    dockerfile: result.dockerfile === void 0 ? null : { ...result.dockerfile },
    policy: result.policy === void 0 ? null : resultPolicy(result.policy),
    counts: verdict.counts,
    violations: verdict.violations.map((v) => ({
      rule: v.rule,
      message: v.message,
      severity: v.severity ?? null,
      count: v.count
    })),
    ignored,
    expiredIgnores: verdict.expiredIgnores.map(({ rule, matched }) => ({ ...ignoreRule(rule), matched })),
    unusedIgnores: verdict.unusedIgnores.map(ignoreRule),
    signatures: verdict.signatures === void 0 ? null : resultSignatures(verdict.signatures),
    attribution: verdict.attribution === void 0 ? null : resultAttribution(verdict.attribution),
    baseImage: verdict.baseImage === void 0 ? null : resultBaseImage(verdict.baseImage),
    findings: findings2
  };
}
function resultPolicy(origin) {
  let change = origin.changedInPullRequest;
  return {
    source: origin.source,
    path: origin.path,
    ref: origin.ref ?? null,
    found: origin.found,
    note: origin.note ?? null,
    changedInPullRequest: change === void 0 ? null : { lines: [...change.lines], moreLines: change.moreLines, unavailable: change.unavailable ?? null }
  };
}
function erroredImage(input, error, platform) {
  return {
    input,
    outcome: "error",
    error,
    failsStep: !0,
    digest: null,
    ...platform !== void 0 && { platform: { name: platform, digest: null } }
  };
}
function buildResultDocument(outcomes) {
  let { outcome, failsStep } = stepVerdict(outcomes);
  return {
    version: RESULT_DOCUMENT_VERSION,
    tool: "image-gate",
    outcome,
    failsStep,
    images: outcomes.map((item) => item.result === void 0 ? erroredImage(item.input, item.error, item.platform) : image(item.result))
  };
}

// src/report/report-files.ts
function renderReportFiles(redacted, paths, toolVersion) {
  let files = {}, sarif = paths.sarifFile ? stepSarif(redacted, toolVersion) : void 0;
  return paths.sarifFile && sarif !== void 0 && (files.sarif = { path: paths.sarifFile, text: serializeSarif(sarif) }), paths.resultFile && redacted.length > 0 && (files.result = { path: paths.resultFile, text: `${JSON.stringify(buildResultDocument(redacted), null, 2)}
` }), files;
}

// src/report/text/subject-text.ts
var SUBJECT_FILE_LABELS = { report: "Report", archive: "Archive", layout: "OCI layout" };
function subjectImage(subject) {
  return subject.file === void 0 ? subject.input : subject.file.image ?? "not named";
}
function judgedImage(subject) {
  return subject.platform === void 0 ? subject.pinned : `${subject.pinned} (${subject.platform.name})`;
}

// src/report/neutralise/redact-values.ts
function redactValues(value, redact, proof) {
  let proven = /* @__PURE__ */ new Set(), clean = (item) => proof !== void 0 && (proven.has(item) || holdsNothingToRedact(item, proof, proven, 0)), done = /* @__PURE__ */ new Map(), texts = /* @__PURE__ */ new Map(), text = (item) => {
    if (proof !== void 0 && !proof.mayHideSecret(item)) return item;
    if (item.length > CACHED_LENGTH) return redact(item);
    let redacted = texts.get(item);
    return redacted === void 0 && (redacted = redact(item), texts.set(item, redacted)), redacted;
  }, visit = (item) => {
    if (typeof item == "string") return text(item);
    if (typeof item != "object" || item === null || clean(item)) return item;
    if (done.has(item)) return done.get(item);
    done.set(item, item);
    let copy = Array.isArray(item) ? visitArray(item) : isPlainObject(item) ? visitObject(item) : item;
    return copy !== item && done.set(item, copy), copy;
  }, visitArray = (array) => {
    let copy;
    for (let index = 0; index < array.length; index++) {
      let element = array[index], redacted = visit(element);
      copy === void 0 && redacted !== element && (copy = array.slice(0, index)), copy?.push(redacted);
    }
    return copy ?? array;
  }, visitObject = (object) => {
    let copy, keys = Object.keys(object);
    for (let index = 0; index < keys.length; index++) {
      let key = keys[index], element = object[key], redactedKey = text(key), redacted = visit(element);
      if (copy === void 0 && (redactedKey !== key || redacted !== element)) {
        copy = {};
        for (let earlier of keys.slice(0, index)) copy[earlier] = object[earlier];
      }
      copy !== void 0 && (copy[redactedKey] = redacted);
    }
    return copy ?? object;
  };
  return visit(value);
}
var CACHED_LENGTH = 100;
function isPlainObject(value) {
  let prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
var MAX_PROOF_DEPTH = 64;
function holdsNothingToRedact(value, proof, proven, depth) {
  if (proven.has(value)) return !0;
  if (depth > MAX_PROOF_DEPTH) return !1;
  if (Array.isArray(value)) {
    for (let item of value) if (!holdsNothingInItem(item, proof, proven, depth)) return !1;
  } else {
    if (!isPlainObject(value)) return !0;
    for (let key in value) {
      if (!proven.has(key)) {
        if (proof.mayHideSecret(key)) return !1;
        proven.add(key);
      }
      if (!holdsNothingInItem(value[key], proof, proven, depth)) return !1;
    }
  }
  return proven.add(value), !0;
}
function holdsNothingInItem(item, proof, proven, depth) {
  return typeof item == "string" ? !proof.mayHideSecret(item) : typeof item != "object" || item === null || holdsNothingToRedact(item, proof, proven, depth + 1);
}

// src/report/neutralise/redaction.ts
var URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi, Redactor = class {
  literals = /* @__PURE__ */ new Set();
  masks = /* @__PURE__ */ new Set();
  pattern;
  shortestLiteral = 1 / 0;
  literalList = [];
  /** A secret value: it, its percent-encoded form and its base64 forms (at any offset in a longer base64 text). */
  addSecret(value) {
    if (value === void 0 || value.trim() === "") return;
    this.literal(value, 1), this.literal(encodeURIComponent(value)), this.literal(JSON.stringify(value).slice(1, -1));
    let bytes = Buffer.from(value, "utf8");
    for (let encoding of ["base64", "base64url"])
      for (let shift of [0, 1, 2]) this.literal(base64Core(bytes, shift, encoding));
    this.mask(value), this.mask(bytes.toString("base64"));
  }
  /** Basic authentication: the password is a secret, and so is base64("user:password") as a whole. */
  addBasicAuth(username, password) {
    if (password === void 0 || password.trim() === "" || (this.addSecret(password), username === void 0 || username === "")) return;
    let pair = Buffer.from(`${username}:${password}`, "utf8").toString("base64");
    this.literal(pair.replace(/=+$/, "")), this.mask(pair);
  }
  /** A URL that may carry userinfo (a Trivy server such as https://user:pass@trivy:4954): its password as Basic auth. */
  addUrl(value) {
    if (value === void 0) return;
    let url;
    try {
      url = new URL(value);
    } catch {
      return;
    }
    if (url.username === "" && url.password === "") return;
    let decode = (text) => {
      try {
        return decodeURIComponent(text);
      } catch {
        return text;
      }
    }, [user, password] = url.password === "" ? ["", url.username] : [url.username, url.password];
    this.addBasicAuth(decode(user), decode(password)), password !== decode(password) && this.addSecret(password);
  }
  /** Every value for the runner's add-mask: the secrets and the base64 forms GitHub's masker does not derive itself. */
  maskValues() {
    return [...this.masks];
  }
  redact(text) {
    let withoutUserinfo = text.replace(URL_USERINFO, "$1***@");
    return this.pattern ??= this.literals.size === 0 ? void 0 : literalPattern([...this.literals]), this.pattern ? withoutUserinfo.replace(this.pattern, "***") : withoutUserinfo;
  }
  /**
   * false only when redact(text) would return the text unchanged: no registered literal occurs in it, and no
   * "://" is followed by an "@" (which every URL userinfo needs). Much cheaper than redact(): no copy, no regex.
   */
  mayHideSecret(text) {
    if (text.length >= this.shortestLiteral) {
      for (let literal of this.literalList) if (text.includes(literal)) return !0;
    }
    let scheme = text.indexOf("://");
    return scheme !== -1 && text.includes("@", scheme + 3);
  }
  literal(value, minLength = 8) {
    value.length < minLength || this.literals.has(value) || (this.literals.add(value), this.literalList = [...this.literals], this.shortestLiteral = Math.min(this.shortestLiteral, value.length), this.pattern = void 0);
  }
  mask(value) {
    value.trim() !== "" && this.masks.add(value);
  }
};
function base64Core(bytes, shift, encoding = "base64") {
  let encoded = Buffer.concat([Buffer.alloc(shift), bytes, Buffer.alloc(3)]).toString(encoding), first = Math.ceil(8 * shift / 6), end = Math.floor(8 * (shift + bytes.length) / 6);
  return encoded.slice(first, end);
}
function literalPattern(literals) {
  let sorted = literals.sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((literal) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"), "g");
}
function redactorForInputs(read) {
  let redactor = new Redactor();
  return redactor.addBasicAuth(read("registry-username"), read("registry-password")), redactor.addSecret(read("trivy-server-token")), redactor.addSecret(read("github-token")), redactor.addUrl(read("trivy-server")), redactor;
}

// src/report/summary/summary-base-image.ts
var MOST_SEVERE_FIRST = [...SEVERITIES].reverse(), ICONS = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", off: "\u2796" };
function baseImageSection(result, rows) {
  let base = result.verdict.baseImage, attribution = base?.attribution ?? result.verdict.attribution;
  if (base === void 0 && attribution === void 0) return "";
  let parts = ["**Base image**"], facts3 = base?.facts;
  if (facts3 !== void 0) {
    let where = result.dockerfile === void 0 ? `line ${facts3.line}` : `${result.dockerfile.path} line ${facts3.line}`, normalized = normalizedName(facts3), also = normalized === void 0 ? "" : ` (${escapeCell(normalized, 300)})`;
    parts.push(
      [
        `- **FROM:** ${escapeCell(facts3.written, 300)}${also} (${escapeCell(where, 300)})`,
        `- **Digest:** ${facts3.digest === void 0 ? "not resolved" : escapeCell(facts3.digest, 100)}`,
        ...facts3.newerTags.length > 0 ? [`- **Newer tags of the same line:** ${escapeCell(facts3.newerTags.slice(0, Math.max(rows, 5)).join(", "), 600)}`] : []
      ].join(`
`)
    );
  } else base !== void 0 && parts.push("The base image could not be looked up.");
  return base !== void 0 && base.checks.length > 0 && parts.push(
    markdownTable(
      ["Line", "FROM", "Check", "Status", "Details", "Suggestion"],
      base.checks.map((check) => [
        String(check.line),
        escapeCell(check.image, 120),
        escapeCell(RULE_NAMES[check.rule], 80),
        `${ICONS[check.effect]} ${escapeCell(effectText(check), 80)}`,
        escapeCell(check.message, 400),
        escapeCell(check.suggestion ?? "", 300)
      ])
    )
  ), base !== void 0 && base.advice.length > 0 && parts.push(base.advice.map((advice) => `- \u{1F4A1} ${escapeMarkdown(advice)}`).join(`
`)), attribution !== void 0 && parts.push(attributionTable(attribution)), parts.join(`

`);
}
function attributionTable(attribution) {
  let sum = (record) => String(SEVERITIES.reduce((n, s) => n + record[s], 0)), rows = MOST_SEVERE_FIRST.map((s) => [s, String(attribution.inherited[s]), String(attribution.introduced[s]), String(attribution.unknown[s])]);
  return rows.push(["**Total**", sum(attribution.inherited), sum(attribution.introduced), sum(attribution.unknown)]), [
    "**Where the vulnerabilities came from**",
    "",
    markdownTable(["Severity", "Inherited (base)", "Introduced (own layers)", "Unknown origin"], rows),
    "",
    escapeMarkdown(attributionLine(attribution))
  ].join(`
`);
}

// src/report/summary/summary-signatures.ts
var FOLD_AFTER = 10;
function signaturesSection(result, rows, cut) {
  let signatures = result.verdict.signatures;
  if (signatures === void 0) return "";
  let parts = [`**Signatures and attestations** (mode: ${modeText(signatures.mode)})`];
  signatures.requirements.length > 0 && parts.push(
    signatures.requirements.map((requirement) => {
      let icon = requirement.satisfied ? "\u2705" : isEnforced(requirement, signatures) ? "\u274C" : "\u26A0\uFE0F", reported = !requirement.required || signatures.mode !== "required" ? " (reported only)" : "";
      return `- ${icon} ${escapeMarkdown(requirement.description)}${reported}: ${escapeCell(requirementStatus(requirement), 600)}`;
    }).join(`
`)
  );
  let { results } = signatures;
  if (results.length === 0)
    parts.push("No signatures or attestations were found.");
  else {
    let shown = results.slice(0, rows), table = markdownTable(
      ["Kind", "Found in", "Signed by", "Status"],
      shown.map((r) => [
        escapeCell(evidenceKind(r), 80),
        escapeCell(`${sourceName(r.source)}: ${r.location}`, 200),
        escapeCell(describeSigner(r.signer), 200),
        `${isTrusted(r) ? "\u2705" : "\u274C"} ${escapeCell(evidenceStatus(r), 300)}`
      ])
    ), more = results.length > shown.length ? `

\u2026and ${results.length - shown.length} more not shown here${cut ? " (cut to fit the 1 MiB job summary limit)" : ""}; image-gate-result.json lists them all.` : "", title2 = `Found (${results.length})`;
    parts.push(shown.length > FOLD_AFTER ? details(`<b>${title2}</b>`, table + more) : `${title2}

${table}${more}`);
  }
  let { problems } = signatures;
  if (problems.length > 0) {
    let listed = problems.slice(0, rows), rest = problems.length - listed.length;
    parts.push(
      [
        `\u26A0\uFE0F **Problems while looking (${problems.length})**`,
        "",
        ...listed.map((problem) => `- ${escapeCell(problem, 500)}`),
        ...rest > 0 ? [`- \u2026and ${rest} more`] : []
      ].join(`
`)
    );
  }
  return parts.join(`

`);
}

// src/report/summary/finding-tables.ts
var FOLD_AFTER2 = 10, number = new Intl.NumberFormat("en-US"), ofKind = (kind) => (judged) => judged.finding.kind === kind, TABLES = [
  {
    title: "Vulnerabilities",
    noun: "vulnerabilities",
    header: ["ID", "Package", "Installed \u2192 fixed", "Severity", "Status", "Target"],
    row: vulnerabilityRow,
    lists: ofKind("vulnerability"),
    openOnFail: !0
  },
  {
    title: "Secrets",
    noun: "secrets",
    header: ["Rule", "Title", "Category", "Severity", "Location", "Status"],
    row: secretRow,
    lists: ofKind("secret"),
    openOnFail: !0
  },
  {
    title: "Misconfigurations",
    noun: "misconfigurations",
    header: ["ID", "Check", "Severity", "Location", "Message", "Status"],
    row: misconfigurationRow,
    lists: ofKind("misconfiguration"),
    openOnFail: !0
  },
  {
    title: "Licenses",
    noun: "licenses",
    header: ["License", "Category", "Severity", "Package", "Status"],
    row: licenseRow,
    lists: ofKind("license"),
    openOnFail: !0
  },
  {
    title: "Ignored findings",
    noun: "ignored findings",
    header: ["ID", "Package / file", "Severity", "Reason", "Expires", "Rule"],
    row: ignoredRow,
    lists: (judged) => judged.status === "ignored",
    openOnFail: !1
  }
];
function leftOut(shown, total, noun, cut) {
  if (total <= shown) return "";
  let why = cut ? " (cut to fit the 1 MiB job summary limit)" : "";
  return `

\u2026and ${number.format(total - shown)} more ${noun} not shown here${why}; image-gate-result.json lists them all.`;
}
function findingTable(picked, rows, cut, spec, open, row) {
  if (picked.total === 0) return "";
  let shown = picked.top.slice(0, rows), title2 = `${spec.title} (${number.format(picked.total)}${shown.length < picked.total ? `, ${shown.length} shown, most severe first` : ""})`, more = leftOut(shown.length, picked.total, spec.noun, cut);
  if (shown.length === 0) return `**${title2}**${more}`;
  let table = markdownTable(spec.header, shown.map(row)) + more;
  return shown.length <= FOLD_AFTER2 ? `**${title2}**

${table}` : details(`<b>${title2}</b>`, table, open);
}
function vulnerabilityRow(judged) {
  let { finding } = judged;
  return [
    markdownLink(findingId(finding), findingUrl(finding), 40),
    escapeCell(findingSubject(finding), 60),
    escapeCell(findingVersions(finding), 60),
    finding.severity,
    // A VEX statement's words (status, justification, author, document) are the evidence for the suppression: room for them.
    escapeCell(statusText(judged), judged.excluded === "vex" ? 240 : 80),
    escapeCell(findingPath(finding), 80)
  ];
}
function secretRow(judged) {
  let { finding } = judged, category = finding.kind === "secret" ? finding.category : "";
  return [
    escapeCell(findingId(finding), 60),
    escapeCell(findingTitle(finding), 80),
    escapeCell(category, 40),
    finding.severity,
    escapeCell(findingSubject(finding), 100),
    escapeCell(statusText(judged), 80)
  ];
}
function misconfigurationRow(judged) {
  let { finding } = judged, message = finding.kind === "misconfiguration" ? finding.message : "";
  return [
    markdownLink(findingId(finding), findingUrl(finding), 40),
    escapeCell(findingTitle(finding), 80),
    finding.severity,
    escapeCell(findingSubject(finding), 80),
    escapeCell(message, 120),
    escapeCell(statusText(judged), 80)
  ];
}
function licenseRow(judged) {
  let { finding } = judged, category = finding.kind === "license" ? finding.category : "";
  return [
    escapeCell(findingId(finding), 60),
    escapeCell(category, 40),
    finding.severity,
    escapeCell(findingSubject(finding), 80),
    escapeCell(statusText(judged), 80)
  ];
}
function ignoredRow(judged) {
  let { finding, ignoredBy } = judged;
  return [
    escapeCell(findingId(finding), 40),
    escapeCell(findingSubject(finding), 60),
    finding.severity,
    escapeCell(ignoredBy?.reason, 120),
    escapeCell(ignoredBy?.expires ?? "never", 20),
    escapeCell(ignoredBy?.origin, 80)
  ];
}
function ignoreRuleLists(result, rows, cut) {
  let { expiredIgnores, unusedIgnores } = result.verdict, parts = [];
  if (expiredIgnores.length > 0) {
    let shown = expiredIgnores.slice(0, Math.max(rows, 5));
    parts.push(
      [
        `\u26A0\uFE0F **Expired ignore rules (${expiredIgnores.length})**: they no longer apply, and the findings they matched count again.`,
        "",
        ...shown.map(
          ({ rule, matched }) => `- ${escapeMarkdown(describeIgnoreRule(rule))}: expired ${escapeCell(rule.expires, 20)}, matches ${number.format(matched)} finding${matched === 1 ? "" : "s"}. Reason was: ${escapeCell(rule.reason, 200)}`
        )
      ].join(`
`) + leftOut(shown.length, expiredIgnores.length, "expired rules", cut)
    );
  }
  if (unusedIgnores.length > 0) {
    let shown = unusedIgnores.slice(0, rows), body = shown.map((rule) => `- ${escapeMarkdown(describeIgnoreRule(rule))}: ${escapeCell(rule.reason, 200)}`).join(`
`) + leftOut(shown.length, unusedIgnores.length, "unused rules", cut);
    parts.push(details(`Unused ignore rules (${unusedIgnores.length}): they matched nothing and can be removed`, body.replace(/^\n+/, "")));
  }
  return parts.join(`

`);
}

// src/report/summary/summary-platforms.ts
var number2 = new Intl.NumberFormat("en-US");
function preparePlatforms(group, mostRows) {
  return {
    group,
    sections: findingSections(group.judged).map((section) => {
      let byLead = new Map(section.findings.map((shared) => [shared.lead, shared])), leads = section.findings.map((shared) => shared.lead);
      return {
        section,
        tables: TABLES.map((spec) => {
          let { top, total } = selectTop(leads, mostRows, spec.lists);
          return { spec, picked: { top: top.flatMap((lead) => byLead.get(lead) ?? []), total } };
        })
      };
    })
  };
}
function onPlatforms(platforms) {
  return `**On ${platforms.map(platformLabel).join(", ")}:**`;
}
function facts(group) {
  let subject = group.judged[0]?.result.subject, lines = [`- **Image:** ${escapeCell(subject === void 0 ? group.input : subjectImage(subject), 300)}`], file = subject?.file;
  file !== void 0 && lines.push(`- **${SUBJECT_FILE_LABELS[file.kind]}:** ${escapeCell(file.path, 300)}`), lines.push(
    `- **Digest:** ${group.digest === void 0 ? "not known" : escapeCell(group.digest, 100)} (the index; each platform's own manifest is in the table)`
  ), group.judged.some((platform) => platform.result.subject.identity === "asserted") && lines.push("- **Identity:** \u26A0\uFE0F asserted, not verified: the report is taken at its word that it is about this image");
  let os = group.judged.map(({ name, result }) => {
    let os2 = result.scan.os, eosl = os2?.eosl === !0 ? " \u26A0\uFE0F **end of life**: the distribution no longer gets security fixes" : "";
    return { platform: name, value: os2 === void 0 ? "\u2013" : `${escapeCell(`${os2.family} ${os2.name}`, 100)}${eosl}` };
  });
  os.some(({ value }) => value !== "\u2013") && lines.push(`- **OS:** ${sharedValue(os, platformLabel)}`);
  let scans = group.judged.map(({ name, result }) => {
    let trivy = result.scan.trivyVersion === void 0 ? "" : ` (Trivy ${escapeCell(result.scan.trivyVersion, 40)})`;
    return { platform: name, value: `${escapeCell(result.scan.source, 300)}${trivy}` };
  });
  return scans.length > 0 && lines.push(`- **Scan:** ${sharedValue(scans, platformLabel)}`), lines.join(`
`);
}
function violations(group) {
  let lines = sharedLines(
    group.judged.map(({ name, result }) => ({
      platform: name,
      lines: result.verdict.violations.map((v) => `- ${escapeMarkdown(v.message)} (${escapeMarkdown(v.rule)})`)
    })),
    (platforms) => ` \u2014 ${onlyOn(platforms)}`
  );
  return lines.length === 0 ? group.judged.length === 0 ? "" : "No policy violations." : [`**Violations (${number2.format(lines.length)})**`, "", ...lines].join(`
`);
}
function sectionTitle(section, group) {
  let count = section.findings.length, findings2 = `${number2.format(count)} finding${count === 1 ? "" : "s"}`;
  return section.everywhere ? group.judged.length === 1 ? `#### On ${platformLabel(section.platforms[0] ?? "")} (${findings2})` : `#### ${group.judged.length === group.platforms.length ? "On every platform" : "On every platform that was judged"} (${findings2})` : `#### Only on ${section.platforms.map(platformLabel).join(", ")} (${findings2})`;
}
function findingSection(prepared, group, rows, cut) {
  let failing = groupOutcome(group) !== "pass", tables = prepared.tables.map(
    ({ spec, picked }) => findingTable(picked, rows, cut, spec, spec.openOnFail && failing, (shared) => sharedRow(shared, spec.row, platformLabel))
  );
  return [sectionTitle(prepared.section, group), ...tables].filter((part) => part !== "").join(`

`);
}
function perPlatform(group, render) {
  return sameOrEach(
    group.judged.map(({ name, result }) => ({ platform: name, text: render(result) })),
    onPlatforms
  );
}
function renderPlatforms(prepared, rows, cut) {
  let { group } = prepared;
  return [
    platformsHeadline(group, escapeMarkdown(group.repository ?? group.input)),
    facts(group),
    platformTable(group),
    platformErrors(group),
    violations(group),
    perPlatform(group, (result) => signaturesSection(result, Math.max(rows, 5), cut)),
    perPlatform(group, (result) => baseImageSection(result, rows)),
    ...prepared.sections.map((section) => findingSection(section, group, rows, cut)),
    perPlatform(group, (result) => ignoreRuleLists(result, rows, cut))
  ].filter((section) => section !== "").join(`

`);
}
function renderPlatformsHeadlineOnly(prepared) {
  let { group } = prepared;
  return [
    platformsHeadline(group, escapeMarkdown(group.repository ?? group.input)),
    platformTable(group),
    platformErrors(group, 300),
    "Details were left out to fit the 1 MiB job summary limit; image-gate-result.json has them."
  ].filter((part) => part !== "").join(`

`);
}

// src/report/summary/summary.ts
var STEP_SUMMARY_MAX_BYTES = 1024 * 1024 - 4096, SUMMARY_MAX_BYTES = 1e6, ROW_LIMITS = [50, 20, 5, 0], MOST_ROWS = ROW_LIMITS[0], MOST_SEVERE_FIRST2 = [...SEVERITIES].reverse(), number3 = new Intl.NumberFormat("en-US");
function prepare(result) {
  return {
    result,
    tables: TABLES.map((spec) => ({ spec, picked: selectTop(result.verdict.findings, MOST_ROWS, spec.lists) })),
    ignoredBySeverity: ignoredVulnerabilitiesBySeverity(result.verdict.findings)
  };
}
function headline(result) {
  return verdictHeadline(result, escapeMarkdown(result.subject.repository));
}
function facts2(result) {
  let { subject, scan } = result, { file } = subject, trivy = scan.trivyVersion === void 0 ? "" : ` (Trivy ${escapeCell(scan.trivyVersion, 40)})`, lines = [`- **Image:** ${escapeCell(subjectImage(subject), 300)}`];
  if (file !== void 0 && lines.push(`- **${SUBJECT_FILE_LABELS[file.kind]}:** ${escapeCell(file.path, 300)}${file.kind === "report" ? trivy : ""}`), lines.push(`- **Digest:** ${subject.digest === void 0 ? "not pinned to a digest" : escapeCell(subject.digest, 100)}`), subject.identity === "asserted" && lines.push("- **Identity:** \u26A0\uFE0F asserted, not verified: the report is taken at its word that it is about this image"), scan.os !== void 0) {
    let eosl = scan.os.eosl ? " \u26A0\uFE0F **end of life**: the distribution no longer gets security fixes" : "";
    lines.push(`- **OS:** ${escapeCell(`${scan.os.family} ${scan.os.name}`, 100)}${eosl}`);
  }
  return file?.kind !== "report" && lines.push(`- **Scan:** ${escapeCell(scan.source, 300)}${trivy}`), lines.join(`
`);
}
function countsTable(prepared) {
  let { counts: counts2 } = prepared.result.verdict, withMisconfigurations = SEVERITIES.some((s) => counts2.misconfigurations[s] > 0), others = `Secrets: ${number3.format(counts2.secrets)} \xB7 Licenses: ${number3.format(counts2.licenses)} \xB7 Ignored (all kinds): ${number3.format(counts2.ignored)} \xB7 ` + // Shown when a VEX statement suppressed something, so a run without VEX reads as before.
  (counts2.suppressedByVex > 0 ? `Suppressed by VEX: ${number3.format(counts2.suppressedByVex)} \xB7 ` : "") + `Violating: ${number3.format(counts2.violating)}`;
  if (!withMisconfigurations && SEVERITIES.every((s) => counts2.vulnerabilities[s] === 0))
    return `No vulnerabilities found.

${others}`;
  let split = prepared.result.verdict.attribution, header2 = [
    "Severity",
    "Found",
    "Fixable",
    "Ignored",
    ...split === void 0 ? [] : ["Inherited", "Introduced"],
    ...withMisconfigurations ? ["Misconfigurations"] : []
  ], total = (record) => number3.format(SEVERITIES.reduce((sum, s) => sum + record[s], 0)), rows = MOST_SEVERE_FIRST2.map((s) => [
    s,
    number3.format(counts2.vulnerabilities[s]),
    number3.format(counts2.fixable[s]),
    number3.format(prepared.ignoredBySeverity[s]),
    ...split === void 0 ? [] : [number3.format(split.inherited[s]), number3.format(split.introduced[s])],
    ...withMisconfigurations ? [number3.format(counts2.misconfigurations[s])] : []
  ]);
  return rows.push([
    "**Total**",
    total(counts2.vulnerabilities),
    total(counts2.fixable),
    total(prepared.ignoredBySeverity),
    ...split === void 0 ? [] : [total(split.inherited), total(split.introduced)],
    ...withMisconfigurations ? [total(counts2.misconfigurations)] : []
  ]), ["**Vulnerabilities**", "", markdownTable(header2, rows), "", others].join(`
`);
}
function violationsList(result) {
  let { violations: violations3 } = result.verdict;
  return violations3.length === 0 ? "No policy violations." : [`**Violations (${violations3.length})**`, "", ...violations3.map((v) => `- ${escapeMarkdown(v.message)} (${escapeMarkdown(v.rule)})`)].join(
    `
`
  );
}
function renderImage(prepared, rows, cut) {
  let { result } = prepared, failing = result.verdict.outcome === "fail";
  return [
    headline(result),
    facts2(result),
    countsTable(prepared),
    violationsList(result),
    signaturesSection(result, Math.max(rows, 5), cut),
    baseImageSection(result, rows),
    ...prepared.tables.map(({ spec, picked }) => findingTable(picked, rows, cut, spec, spec.openOnFail && failing, spec.row)),
    ignoreRuleLists(result, rows, cut)
  ].filter((section) => section !== "").join(`

`);
}
function renderHeadlineOnly(prepared) {
  let { result } = prepared, c = result.verdict.counts, found = SEVERITIES.reduce((sum, s) => sum + c.vulnerabilities[s], 0);
  return [
    headline(result),
    `${number3.format(found)} vulnerabilities, ${number3.format(c.secrets)} secrets, ${number3.format(c.licenses)} licenses; ${result.verdict.violations.length} violations. Details were left out to fit the 1 MiB job summary limit; image-gate-result.json has them.`
  ].join(`

`);
}
function title(entries) {
  if (entries.length === 1) return "## image-gate";
  let outcomes = entries.map(entryOutcome), failed = outcomes.filter((outcome) => outcome === "fail").length, errored = outcomes.filter((outcome) => outcome === "error").length, counted = `## image-gate: ${entries.length} images, ${entries.length - failed - errored} passed, ${failed} failed`;
  return errored === 0 ? counted : `${counted}, ${errored} not judged on every platform`;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function cutToBytes(text, maxBytes, note) {
  let noteBytes = byteLength(note);
  if (noteBytes > maxBytes) return "";
  let buffer = Buffer.from(text, "utf8"), end = maxBytes - noteBytes;
  for (; end > 0 && ((buffer[end] ?? 0) & 192) === 128; ) end -= 1;
  return buffer.subarray(0, end).toString("utf8") + note;
}
function renderSummary(items, options = {}) {
  let maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES, outcomes = items.map((item) => "subject" in item ? { input: item.subject.input, result: item } : item), shown = imageEntries(outcomes).flatMap((entry) => {
    if (entry.kind === "platforms") return [{ entry, prepared: { kind: "platforms", prepared: preparePlatforms(entry.group, MOST_ROWS) } }];
    let { result } = entry.outcome;
    return result === void 0 ? [] : [{ entry, prepared: { kind: "image", prepared: prepare(result) } }];
  }), entries = shown.map(({ entry }) => entry), prepared = shown.map((item) => item.prepared);
  if (entries.length === 0) return fitOrCut(`${title(entries)}

No images were checked.
`, maxBytes);
  let heading = [
    title(entries),
    options.artifact === void 0 ? "" : fullReportLine(outcomes, options.artifact),
    policySection(judgedResults(outcomes), SUMMARY_POLICY_DIFF_LINES)
  ].filter((part) => part !== "").join(`

`);
  for (let rows of ROW_LIMITS) {
    let cut = rows < MOST_ROWS, images = prepared.map((p) => p.kind === "image" ? renderImage(p.prepared, rows, cut) : renderPlatforms(p.prepared, rows, cut)), text = `${heading}

${images.join(`

---

`)}
`;
    if (byteLength(text) <= maxBytes) return text;
  }
  let headlines = prepared.map((p) => p.kind === "image" ? renderHeadlineOnly(p.prepared) : renderPlatformsHeadlineOnly(p.prepared));
  return fitOrCut(`${heading}

${headlines.join(`

---

`)}
`, maxBytes);
}
function fitOrCut(text, maxBytes) {
  return byteLength(text) <= maxBytes ? text : cutToBytes(text, maxBytes, `

\u2026the summary was cut here to fit the job summary size limit.
`);
}

// src/report/summary/table-base-image.ts
var LOG_NEWER_TAGS = 5, LOG_BASE_CHECKS = 50, EFFECT_ORDER = { fail: 0, warn: 1, pass: 2, off: 3 };
function baseImageLines(result) {
  let base = result.verdict.baseImage, attribution = base?.attribution ?? result.verdict.attribution;
  if (base === void 0 && attribution === void 0) return [];
  let lines = ["  Base image:"], facts3 = base?.facts;
  if (facts3 !== void 0) {
    let file = result.dockerfile?.path ?? "Dockerfile", normalized = normalizedName(facts3), also = normalized === void 0 ? "" : ` (${oneLine(normalized, 200)})`;
    if (lines.push(`    FROM ${oneLine(facts3.written, 200)}${also}  (${oneLine(file, 200)} line ${facts3.line})`), lines.push(`    digest: ${facts3.digest === void 0 ? "(not resolved)" : oneLine(facts3.digest, 100)}`), facts3.newerTags.length > 0) {
      let more = facts3.newerTags.length - LOG_NEWER_TAGS;
      lines.push(`    newer tags: ${oneLine(facts3.newerTags.slice(0, LOG_NEWER_TAGS).join(", "), 300)}${more > 0 ? ` (and ${more} more)` : ""}`);
    }
  }
  let checks = base?.checks ?? [], shown = checks.length <= LOG_BASE_CHECKS ? checks : [...checks].sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]).slice(0, LOG_BASE_CHECKS);
  for (let check of shown)
    lines.push(
      `    ${effectMark(check).padEnd(4)} line ${check.line} ${oneLine(check.image, 120)}: ${RULE_NAMES[check.rule]}: ${effectText(check)}; ${oneLine(check.message, 300)}`
    ), check.suggestion !== void 0 && check.effect !== "pass" && lines.push(`         suggestion: ${oneLine(check.suggestion, 300)}`);
  checks.length > shown.length && lines.push(`    \u2026 and ${checks.length - shown.length} more checks (see the job summary or image-gate-result.json)`);
  for (let advice of base?.advice ?? []) lines.push(`    advice: ${oneLine(advice, 400)}`);
  return attribution !== void 0 && lines.push(`    vulnerabilities: ${attributionLine(attribution)}`), lines;
}

// src/report/summary/table.ts
var LOG_FINDING_LIMIT = 50, LOG_VIOLATION_LIMIT = 50, MOST_SEVERE_FIRST3 = [...SEVERITIES].reverse();
function width(text) {
  return Array.from(text).length;
}
function columns(rows, rightAligned = /* @__PURE__ */ new Set()) {
  let widths = [];
  for (let row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, width(cell)));
  return rows.map(
    (row) => row.map((cell, i) => {
      let pad = " ".repeat((widths[i] ?? 0) - width(cell));
      return rightAligned.has(i) ? pad + cell : i === row.length - 1 ? cell : cell + pad;
    }).join("  ").trimEnd()
  );
}
function indent(lines, by = "  ") {
  return lines.map((line) => by + line);
}
function header(result) {
  let { subject, scan, verdict } = result, outcome = verdict.outcome === "pass" ? "PASS" : "FAIL", mode = verdict.mode === "audit" ? "audit (reported only; the verdict does not fail the step)" : "enforce (a failing verdict fails the step)", os = scan.os === void 0 ? void 0 : `${scan.os.family} ${scan.os.name}${scan.os.eosl ? " (end of life)" : ""}`, report = `${oneLine(scan.source, 300)}${scan.trivyVersion === void 0 ? "" : ` (Trivy ${oneLine(scan.trivyVersion, 40)})`}`, { file } = subject, { platform } = subject, which = platform === void 0 ? "" : ` (${oneLine(platform.name, 60)})`, lines = [`image-gate: ${outcome}  ${oneLine(subject.repository, 200)}${which}`, `  image:   ${oneLine(subjectImage(subject), 300)}`];
  return file?.kind === "report" ? lines.push(`  report:  ${report}`) : file !== void 0 && lines.push(`  ${`${file.kind}:`.padEnd(9)}${oneLine(file.path, 300)}`), lines.push(
    `  digest:  ${subject.digest === void 0 ? "(not pinned to a digest)" : oneLine(subject.digest, 100)}${platform === void 0 ? "" : " (the index)"}`
  ), platform !== void 0 && lines.push(`  platform: ${oneLine(platform.name, 60)}, manifest ${oneLine(platform.digest, 100)} (what was scanned)`), lines.push(`  mode:    ${mode}`), file?.kind !== "report" && lines.push(`  report:  ${report}`), os !== void 0 && lines.push(`  os:      ${oneLine(os, 100)}`), lines;
}
function counts(result) {
  let { counts: c } = result.verdict, ignored = ignoredVulnerabilitiesBySeverity(result.verdict.findings), total = (record) => SEVERITIES.reduce((sum, s) => sum + record[s], 0), row = (label, record) => [
    label,
    ...MOST_SEVERE_FIRST3.map((s) => String(record[s])),
    String(total(record))
  ], rows = [
    ["Vulnerabilities", ...MOST_SEVERE_FIRST3, "TOTAL"],
    row("found", c.vulnerabilities),
    row("fixable", c.fixable),
    row("ignored", ignored)
  ], split = result.verdict.attribution;
  return split !== void 0 && rows.push(row("inherited", split.inherited), row("introduced", split.introduced)), split !== void 0 && total(split.unknown) > 0 && rows.push(row("origin unknown", split.unknown)), total(c.misconfigurations) > 0 && rows.push(row("misconfigurations", c.misconfigurations)), [
    ...indent(columns(rows, /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6]))),
    `  Secrets: ${c.secrets}   Licenses: ${c.licenses}   Ignored (all kinds): ${c.ignored}   ` + (c.suppressedByVex > 0 ? `Suppressed by VEX: ${c.suppressedByVex}   ` : "") + `Violating: ${c.violating}`
  ];
}
function violations2(result) {
  let list = result.verdict.violations;
  if (list.length === 0) return ["  No policy violations."];
  let shown = list.slice(0, LOG_VIOLATION_LIMIT).map((v) => `    - [${v.rule}] ${oneLine(v.message, 300)}`), more = list.length - LOG_VIOLATION_LIMIT;
  return [
    `  Violations (${list.length}):`,
    ...shown,
    ...more > 0 ? [`    \u2026 and ${more} more (see the job summary or image-gate-result.json)`] : []
  ];
}
function findings(result) {
  let { top, total } = selectTop(result.verdict.findings, LOG_FINDING_LIMIT);
  if (total === 0) return ["  No findings."];
  let rows = [
    ["SEVERITY", "STATUS", "ID", "PACKAGE / FILE", "VERSION", "TITLE"],
    ...top.map(({ finding, ...judged }) => [
      finding.severity,
      oneLine(statusText({ finding, ...judged }), 48),
      oneLine(findingId(finding), 32),
      oneLine(findingSubject(finding), 40),
      oneLine(findingVersions(finding), 40),
      oneLine(findingTitle(finding), 72)
    ])
  ], lines = [`  Findings (${total}, most severe first):`, ...indent(columns(rows))];
  return total > top.length && lines.push(`  \u2026 and ${total - top.length} more (see the job summary or image-gate-result.json)`), lines;
}
function ignoreRules(result) {
  let lines = [], { expiredIgnores, unusedIgnores } = result.verdict;
  if (expiredIgnores.length > 0) {
    lines.push(`  Expired ignore rules (${expiredIgnores.length}; the findings they matched count again):`);
    for (let { rule, matched } of expiredIgnores)
      lines.push(
        `    - ${oneLine(describeIgnoreRule(rule), 200)}: expired ${oneLine(rule.expires, 20)}, matches ${matched}; reason: ${oneLine(rule.reason, 200)}`
      );
  }
  if (unusedIgnores.length > 0) {
    lines.push(`  Unused ignore rules (${unusedIgnores.length}; they matched nothing):`);
    for (let rule of unusedIgnores) lines.push(`    - ${oneLine(describeIgnoreRule(rule), 200)}`);
  }
  return lines;
}
function renderLogTable(result) {
  return [
    header(result),
    counts(result),
    violations2(result),
    signatureLines(result.verdict.signatures),
    baseImageLines(result),
    findings(result),
    ignoreRules(result)
  ].filter((lines) => lines.length > 0).map((lines) => lines.join(`
`)).join(`

`);
}

export {
  describeSource,
  gateImages,
  createRunContext,
  toolCacheVariables,
  writeReportFiles,
  writeText,
  buildResultDocument,
  renderReportFiles,
  judgedImage,
  redactValues,
  Redactor,
  redactorForInputs,
  STEP_SUMMARY_MAX_BYTES,
  renderSummary,
  renderLogTable
};
