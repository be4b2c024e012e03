import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  normalizeRegistryHost
} from "./chunk-ZXDBP3JM.js";
import {
  formatReference,
  parseImageReference,
  pinnedReference,
  repositoryName
} from "./chunk-BULLQDGX.js";
import {
  MINIMUM_TRIVY_VERSION,
  runTrivy
} from "./chunk-2BZTDZ4F.js";
import {
  SEVERITIES,
  atLeast,
  emptySeverityCounts,
  emptySeverityLists,
  isSeverity,
  parseSeverity,
  severityRank
} from "./chunk-4XS4QJKD.js";
import {
  configError,
  infrastructureError
} from "./chunk-IBDES4N3.js";

// src/config/parse.ts
import { isAbsolute, join } from "node:path";

// src/trivy/command.ts
var TRIVY_SCANNERS = ["vuln", "secret", "misconfig", "license"];
function buildTrivyArgs(options) {
  let scanners = uniqueScanners(options.scanners), args = ["image", "--format", "json", "--output", nonEmpty(options.outputPath, "Trivy output path"), "--quiet", "--exit-code", "0"];
  args.push("--scanners", scanners.join(","));
  let configScanners = scanners.filter((scanner) => scanner === "misconfig" || scanner === "secret");
  configScanners.length > 0 && args.push("--image-config-scanners", configScanners.join(","));
  let target = options.target;
  switch (target.kind) {
    case "image":
      if (!/@sha256:[0-9a-f]{64}$/.test(target.reference))
        throw configError(`Trivy target "${target.reference}" is not pinned to a digest (expected repository@sha256:\u2026)`);
      args.push("--image-src", "remote");
      break;
    case "archive":
    case "layout":
      args.push("--input", nonEmpty(target.path, `Trivy ${target.kind} path`));
      break;
  }
  if (options.server ? args.push("--server", options.server) : (options.dbRepositories?.length && args.push("--db-repository", listOf(options.dbRepositories, "db-repository")), options.javaDbRepositories?.length && args.push("--java-db-repository", listOf(options.javaDbRepositories, "java-db-repository")), options.skipDbUpdate && args.push("--skip-db-update", "--skip-java-db-update")), options.cacheDir && args.push("--cache-dir", options.cacheDir), options.platform) {
    if (!/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/i.test(options.platform))
      throw configError(`platform "${options.platform}" is not of the form os/arch[/variant], e.g. linux/amd64`);
    args.push("--platform", options.platform);
  }
  if (options.timeout) {
    if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(options.timeout))
      throw configError(`Trivy timeout "${options.timeout}" is not a duration such as 10m or 1h30m`);
    args.push("--timeout", options.timeout);
  }
  return options.insecure && args.push("--insecure"), target.kind === "image" && args.push(target.reference), args;
}
function buildTrivyEnv(credentials) {
  if (!credentials) return {};
  if ("token" in credentials) {
    if (!credentials.token) throw configError("registry token is empty");
    return { TRIVY_REGISTRY_TOKEN: credentials.token };
  }
  if (!credentials.username || !credentials.password)
    throw configError("registry credentials need both a username and a password");
  if (credentials.username.includes(",") || credentials.password.includes(","))
    throw configError("registry username and password must not contain a comma (Trivy reads commas as separators)");
  return { TRIVY_USERNAME: credentials.username, TRIVY_PASSWORD: credentials.password };
}
function uniqueScanners(scanners) {
  let unique = [];
  for (let scanner of scanners) {
    if (!TRIVY_SCANNERS.includes(scanner))
      throw configError(`unknown Trivy scanner "${scanner}"; expected one of ${TRIVY_SCANNERS.join(", ")}`);
    unique.includes(scanner) || unique.push(scanner);
  }
  if (unique.length === 0) throw configError(`no Trivy scanners selected; choose from ${TRIVY_SCANNERS.join(", ")}`);
  return unique;
}
function listOf(values, what) {
  for (let value of values)
    if (!value || value.includes(",")) throw configError(`${what} "${value}" is empty or contains a comma`);
  return values.join(",");
}
function nonEmpty(value, what) {
  if (!value) throw configError(`${what} is empty`);
  return value;
}

// src/config/types.ts
var SCANNERS = TRIVY_SCANNERS;

// src/config/parse.ts
var INPUT_NAMES = [
  "image",
  "image-source",
  "input",
  "report",
  "policy",
  "mode",
  "fail-on-severity",
  "only-fixed",
  "fail-on-secrets",
  "misconfig-fail-on-severity",
  "forbid-root",
  "deny-licenses",
  "scanners",
  "platform",
  "registry-username",
  "registry-password",
  "insecure-registries",
  "docker-host",
  "trivy-version",
  "trivy-path",
  "trivy-server",
  "trivy-server-token",
  "trivy-db-repository",
  "trivy-java-db-repository",
  "trivy-timeout",
  "cache-db",
  "dockerfile",
  "sarif-file",
  "result-file"
], DEFAULT_POLICY_PATH = ".github/image-gate.yml", DEFAULT_SCANNERS = ["vuln", "secret"], DEFAULT_TRIVY_TIMEOUT_MS = 15 * 6e4;
function parseConfig(read, context) {
  let get = (name) => {
    let value = read(name).trim();
    return value === "" ? void 0 : value;
  }, resolvePath = (path) => isAbsolute(path) ? path : join(context.workspace, path), policyInput = get("policy"), registryUsername = get("registry-username"), registryPassword = get("registry-password");
  if (registryUsername === void 0 != (registryPassword === void 0))
    throw configError("Inputs registry-username and registry-password go together: give both or neither");
  if (get("trivy-server-token") !== void 0 && get("trivy-server") === void 0)
    throw configError("Input trivy-server-token needs trivy-server: it authenticates to a Trivy server");
  let source = parseSource(get, resolvePath), credentialRegistry = source.kind === "input" || source.kind === "report" ? void 0 : parseImageReference(source.reference).registry;
  return {
    source,
    policy: {
      path: resolvePath(policyInput ?? DEFAULT_POLICY_PATH),
      required: policyInput !== void 0,
      overrides: parseOverrides(get)
    },
    platform: optional(get("platform"), (value) => parsePlatform(value)),
    registry: {
      credentials: registryUsername !== void 0 && registryPassword !== void 0 && credentialRegistry !== void 0 ? [{ registry: credentialRegistry, username: registryUsername, password: registryPassword }] : [],
      insecure: list(get("insecure-registries"))
    },
    dockerHost: get("docker-host"),
    trivy: {
      version: parseVersion(get("trivy-version") ?? context.defaultTrivyVersion),
      path: optional(get("trivy-path"), resolvePath),
      server: optional(get("trivy-server"), parseServerUrl),
      serverToken: get("trivy-server-token"),
      dbRepositories: list(get("trivy-db-repository")),
      javaDbRepositories: list(get("trivy-java-db-repository")),
      timeoutMs: optional(get("trivy-timeout"), parseDuration) ?? DEFAULT_TRIVY_TIMEOUT_MS,
      cacheDb: optional(get("cache-db"), (value) => parseBoolean("cache-db", value)) ?? !0,
      scanners: optional(get("scanners"), parseScanners) ?? DEFAULT_SCANNERS
    },
    dockerfile: get("dockerfile"),
    sarifFile: resolvePath(get("sarif-file") ?? join(context.tempDir, "image-gate.sarif")),
    resultFile: resolvePath(get("result-file") ?? join(context.tempDir, "image-gate-result.json")),
    tempDir: context.tempDir
  };
}
function parseSource(get, resolvePath) {
  let image2 = get("image"), input = get("input"), report = get("report");
  if ([input && "input", report && "report"].filter(Boolean).length > 1) throw configError("Give only one of the inputs input and report");
  let imageSource = get("image-source") ?? "registry";
  if (imageSource !== "registry" && imageSource !== "docker")
    throw configError(`Input image-source must be registry or docker, not "${imageSource}"`);
  if (report !== void 0) return { kind: "report", path: resolvePath(report), image: image2 };
  if (input !== void 0) return { kind: "input", path: resolvePath(input), image: image2 };
  if (image2 === void 0)
    throw configError("Nothing to gate: give the input image (a registry or Docker image), input (an archive or OCI layout) or report (a Trivy JSON report)");
  return { kind: imageSource, reference: image2 };
}
function parseOverrides(get) {
  let mode = get("mode");
  if (mode !== void 0 && mode !== "enforce" && mode !== "audit")
    throw configError(`Input mode must be enforce or audit, not "${mode}"`);
  return {
    mode,
    failOnSeverity: optional(get("fail-on-severity"), (value) => parseThreshold("fail-on-severity", value)),
    onlyFixed: optional(get("only-fixed"), (value) => parseBoolean("only-fixed", value)),
    secretsFail: optional(get("fail-on-secrets"), (value) => parseBoolean("fail-on-secrets", value)),
    misconfigFailOnSeverity: optional(
      get("misconfig-fail-on-severity"),
      (value) => parseThreshold("misconfig-fail-on-severity", value)
    ),
    forbidRoot: optional(get("forbid-root"), (value) => parseBoolean("forbid-root", value)),
    licensesDeny: optional(get("deny-licenses"), list)
  };
}
function optional(value, parse) {
  return value === void 0 ? void 0 : parse(value);
}
function list(value) {
  return value === void 0 ? [] : value.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function parseBoolean(name, value) {
  if (["true", "True", "TRUE"].includes(value)) return !0;
  if (["false", "False", "FALSE"].includes(value)) return !1;
  throw configError(`Input ${name} must be true or false, not "${value}"`);
}
function parseThreshold(name, value) {
  if (value.trim().toLowerCase() === "none") return "NONE";
  let severity = parseSeverity(value);
  if (!severity) throw configError(`Input ${name} must be one of unknown, low, medium, high, critical, none, not "${value}"`);
  return severity;
}
function parseScanners(value) {
  let scanners = list(value).map((item) => item.toLowerCase()), known = new Set(SCANNERS), unknown = scanners.filter((item) => !known.has(item));
  if (unknown.length > 0 || scanners.length === 0)
    throw configError(`Input scanners must list some of ${SCANNERS.join(", ")}; "${unknown.join(", ") || value}" is not one`);
  return [...new Set(scanners)];
}
function parsePlatform(value) {
  if (!/^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/.test(value))
    throw configError(`Input platform must look like os/arch[/variant], e.g. linux/amd64, not "${value}"`);
  return value;
}
function parseVersion(value) {
  let version = value.replace(/^v/, "");
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw configError(`Input trivy-version must be a release such as 0.67.2, not "${value}"`);
  return version;
}
function parseServerUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw configError(`Input trivy-server must be a URL such as http://trivy:4954, not "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw configError(`Input trivy-server must be an http or https URL, not "${value}"`);
  return value;
}
function parseDuration(value) {
  let match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim()), groups = match?.slice(1) ?? [], [hours, minutes, seconds] = groups.map((part) => Number(part ?? 0)), total = ((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0)) * 1e3;
  if (!match || value.trim() === "" || total <= 0)
    throw configError(`Input trivy-timeout must be a duration such as 600, 10m or 1h, not "${value}"`);
  return total;
}

// src/gate/describe-source.ts
function describeSource(config) {
  let source = config.source;
  switch (source.kind) {
    case "registry":
      return `${source.reference} from its registry`;
    case "docker":
      return `${source.reference} from the Docker daemon`;
    case "input":
      return `the image at ${source.path}`;
    case "report":
      return `the Trivy report ${source.path}`;
  }
}

// src/gate/gate-image.ts
import { readFile as readFile2 } from "node:fs/promises";
import { relative } from "node:path";

// src/core/gate/ignore.ts
import { matchesGlob } from "node:path";

// src/core/findings.ts
function findingId(finding) {
  switch (finding.kind) {
    case "vulnerability":
    case "misconfiguration":
      return finding.id;
    case "secret":
      return finding.ruleId;
    case "license":
      return finding.name;
  }
}
function findingPackage(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return finding.packageName;
    case "license":
      return finding.packageName || void 0;
    default:
      return;
  }
}
function findingPath(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return finding.packagePath ?? finding.target;
    case "license":
      return finding.filePath || finding.target;
    default:
      return finding.target;
  }
}

// src/core/gate/ignore.ts
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function expiryCutoff(expires, origin) {
  let parts = DATE.exec(expires), year = Number(parts?.[1]), month = Number(parts?.[2]), day = Number(parts?.[3]), start = Date.UTC(year, month - 1, day), check = new Date(start);
  if (parts === null || Number.isNaN(start) || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw configError(`${origin}: ignore rule expires "${expires}" is not a valid date (YYYY-MM-DD)`);
  return Date.UTC(year, month - 1, day + 1);
}
var IgnoreMatcher = class {
  compiled;
  byId = /* @__PURE__ */ new Map();
  withoutId = [];
  constructor(rules, now) {
    let nowMs = now.getTime();
    this.compiled = rules.map((rule, order) => {
      if (rule.id === void 0 && rule.package === void 0 && rule.path === void 0)
        throw configError(`${rule.origin}: ignore rule needs at least one of id, package, path`);
      let expired = rule.expires !== void 0 && nowMs >= expiryCutoff(rule.expires, rule.origin), compiled = {
        rule,
        order,
        expired,
        idLower: rule.id?.toLowerCase(),
        pathCache: rule.path === void 0 ? void 0 : /* @__PURE__ */ new Map(),
        matched: 0
      };
      if (compiled.idLower === void 0)
        this.withoutId.push(compiled);
      else {
        let list2 = this.byId.get(compiled.idLower);
        list2 ? list2.push(compiled) : this.byId.set(compiled.idLower, [compiled]);
      }
      return compiled;
    });
  }
  get isEmpty() {
    return this.compiled.length === 0;
  }
  /**
   * Credits every rule that matches (so expired and unused rules can be reported) and returns the
   * first declared live one, if any.
   */
  match(finding) {
    let best;
    if (this.byId.size > 0) {
      let candidates = this.byId.get(findingId(finding).toLowerCase());
      candidates && (best = this.tryRules(candidates, finding, best));
    }
    return this.withoutId.length > 0 && (best = this.tryRules(this.withoutId, finding, best)), best?.rule;
  }
  expired() {
    return this.compiled.filter((c) => c.expired).map((c) => ({ rule: c.rule, matched: c.matched }));
  }
  unused() {
    return this.compiled.filter((c) => !c.expired && c.matched === 0).map((c) => c.rule);
  }
  tryRules(rules, finding, best) {
    for (let compiled of rules)
      matches(compiled, finding) && (compiled.matched++, !compiled.expired && (best === void 0 || compiled.order < best.order) && (best = compiled));
    return best;
  }
};
function matches(compiled, finding) {
  let { rule, pathCache } = compiled;
  if (rule.package !== void 0 && findingPackage(finding) !== rule.package) return !1;
  if (pathCache !== void 0 && rule.path !== void 0) {
    let path = findingPath(finding), hit = pathCache.get(path);
    if (hit === void 0 && (hit = matchesGlob(path, rule.path), pathCache.set(path, hit)), !hit) return !1;
  }
  return !0;
}

// src/core/gate.ts
function evaluate(report, policy, now) {
  checkMaxCount(policy);
  let ignores = new IgnoreMatcher(policy.ignore, now), useIgnores = !ignores.isEmpty, counts2 = {
    vulnerabilities: emptySeverityCounts(),
    fixable: emptySeverityCounts(),
    misconfigurations: emptySeverityCounts(),
    secrets: 0,
    licenses: 0,
    ignored: 0,
    violating: 0
  }, buckets = emptySeverityLists(), countedVulnerabilities = emptySeverityLists(), { onlyFixed } = policy.vulnerabilities, failSecrets = policy.secrets.fail, misconfigThreshold = thresholdRank(policy.misconfigurations.failOnSeverity), deniedNames = new Set(policy.licenses.deny.map((name) => name.toLowerCase())), deniedCategories = new Set(policy.licenses.denyCategories.map((category) => category.toLowerCase())), checkLicenses = deniedNames.size > 0 || deniedCategories.size > 0, secrets = new Breach(), misconfigurations = new Breach(), licenses = new Breach(), deniedLicenseNames = /* @__PURE__ */ new Set();
  for (let finding of report.findings) {
    let judged = { finding, status: "allowed" };
    switch (buckets[finding.severity].push(judged), finding.kind) {
      case "vulnerability": {
        counts2.vulnerabilities[finding.severity]++;
        let fixable = !!finding.fixedVersion;
        if (fixable && counts2.fixable[finding.severity]++, useIgnores && ignore(judged, ignores, counts2)) break;
        if (onlyFixed && !fixable) {
          judged.status = "excluded", judged.note = "no fix available";
          break;
        }
        countedVulnerabilities[finding.severity].push(judged);
        break;
      }
      case "secret":
        if (counts2.secrets++, useIgnores && ignore(judged, ignores, counts2)) break;
        failSecrets && secrets.add(judged, finding);
        break;
      case "misconfiguration":
        if (finding.status.toUpperCase() !== "FAIL") {
          judged.status = "excluded", judged.note = `check status ${finding.status}`;
          break;
        }
        if (counts2.misconfigurations[finding.severity]++, useIgnores && ignore(judged, ignores, counts2)) break;
        severityRank(finding.severity) >= misconfigThreshold && misconfigurations.add(judged, finding);
        break;
      case "license":
        if (counts2.licenses++, useIgnores && ignore(judged, ignores, counts2)) break;
        checkLicenses && (deniedNames.has(finding.name.toLowerCase()) || deniedCategories.has(finding.category.toLowerCase())) && (licenses.add(judged, finding), deniedLicenseNames.add(finding.name));
        break;
    }
  }
  let violations2 = [], violating = judgeVulnerabilities(countedVulnerabilities, policy, violations2);
  if (secrets.count > 0 && violations2.push({
    rule: "secret",
    message: `${plural(secrets.count, "secret", "secrets")} found; the policy fails on any secret`,
    severity: secrets.severity,
    count: secrets.count
  }), misconfigurations.count > 0 && violations2.push({
    rule: "misconfiguration",
    message: `${plural(misconfigurations.count, "failed misconfiguration check", "failed misconfiguration checks")} (policy: fail on ${policy.misconfigurations.failOnSeverity} or above)`,
    severity: misconfigurations.severity,
    count: misconfigurations.count
  }), licenses.count > 0 && violations2.push({
    rule: "license",
    message: `${plural(licenses.count, "license", "licenses")} denied by the policy: ` + [...deniedLicenseNames].join(", "),
    severity: licenses.severity,
    count: licenses.count
  }), violating += secrets.count + misconfigurations.count + licenses.count, policy.image.forbidRoot) {
    let violation = rootViolation(report);
    violation && violations2.push(violation);
  }
  counts2.violating = violating;
  let findings2 = [];
  for (let severity of SEVERITIES.toReversed())
    for (let judged of buckets[severity]) findings2.push(judged);
  let outcome = violations2.length > 0 ? "fail" : "pass";
  return {
    outcome,
    mode: policy.mode,
    failsStep: outcome === "fail" && policy.mode === "enforce",
    violations: violations2,
    findings: findings2,
    counts: counts2,
    expiredIgnores: ignores.expired(),
    unusedIgnores: ignores.unused()
  };
}
var Breach = class {
  count = 0;
  severity;
  add(judged, finding) {
    judged.status = "violation", this.count++, (this.severity === void 0 || severityRank(finding.severity) > severityRank(this.severity)) && (this.severity = finding.severity);
  }
};
function ignore(judged, ignores, counts2) {
  let rule = ignores.match(judged.finding);
  return rule === void 0 ? !1 : (judged.status = "ignored", judged.ignoredBy = rule, judged.note = rule.reason, counts2.ignored++, !0);
}
function judgeVulnerabilities(counted, policy, violations2) {
  let { failOnSeverity, maxCount, onlyFixed } = policy.vulnerabilities, threshold = thresholdRank(failOnSeverity), qualifier = onlyFixed ? " with a fix available" : "", violating = 0;
  for (let severity of SEVERITIES.toReversed()) {
    let judged = counted[severity], n = judged.length, max = maxCount[severity], allowance = max ?? (severityRank(severity) >= threshold ? 0 : 1 / 0);
    if (n <= allowance) continue;
    for (let item of judged) item.status = "violation";
    violating += n;
    let found = `${plural(n, `${severity} vulnerability`, `${severity} vulnerabilities`)}${qualifier}`;
    violations2.push(
      max === void 0 ? {
        rule: "vulnerability-severity",
        message: `${found} (policy: fail on ${failOnSeverity} or above)`,
        severity,
        count: n
      } : {
        rule: "vulnerability-count",
        message: `${found}; the policy allows ${max === 0 ? "none" : `at most ${max}`}`,
        severity,
        count: n
      }
    );
  }
  return violating;
}
function rootViolation(report) {
  let config = report.imageConfig;
  return config === void 0 ? {
    rule: "root-user",
    message: `could not check the image's user: ${report.source} has no image config (artifact type ${report.artifactType}); the policy forbids running as root`,
    count: 0
  } : runsAsRoot(config.user) ? { rule: "root-user", message: `the image runs as root (${config.user ? `user "${config.user}"` : "no user set, so root"}); the policy forbids it`, count: 0 } : void 0;
}
function runsAsRoot(user) {
  if (user === void 0) return !0;
  let name = user.trim().split(":", 1)[0] ?? "";
  return name === "" || name === "root" || /^0+$/.test(name);
}
function thresholdRank(threshold) {
  return threshold === "NONE" ? 1 / 0 : severityRank(threshold);
}
function checkMaxCount(policy) {
  for (let [severity, max] of Object.entries(policy.vulnerabilities.maxCount))
    if (max !== void 0 && !(Number.isInteger(max) && max >= 0))
      throw configError(`policy vulnerabilities.max-count.${severity.toLowerCase()}: ${max} is not a whole number \u2265 0`);
}
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/gate/acquire-scan.ts
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";

// src/trivy/json-bytes.ts
var JsonSyntaxError = class extends Error {
  constructor(offset, truncated, message) {
    super(message);
    this.offset = offset;
    this.truncated = truncated;
  }
  offset;
  truncated;
}, QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58, OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93;
function isWhitespace(byte) {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}
var JsonBytes = class {
  constructor(bytes) {
    this.bytes = bytes;
    this.length = bytes.length;
  }
  bytes;
  length;
  /** Offset of the first value, after a UTF-8 byte-order mark and whitespace; -1 when there is none. */
  firstValue() {
    let b = this.bytes, i = b.length >= 3 && b[0] === 239 && b[1] === 187 && b[2] === 191 ? 3 : 0;
    return i = this.whitespace(i), i < this.length ? i : -1;
  }
  byteAt(offset) {
    return this.bytes[offset] ?? -1;
  }
  isNull(offset) {
    return this.bytes[offset] === 110 && this.bytes.toString("latin1", offset, offset + 4) === "null";
  }
  whitespace(offset) {
    let b = this.bytes, i = offset;
    for (; i < this.length && isWhitespace(b[i]); ) i++;
    return i;
  }
  /** Fails unless only whitespace follows. */
  end(offset) {
    let i = this.whitespace(offset);
    if (i < this.length) throw this.unexpected(i);
  }
  /**
   * Visits each member of the object at `offset`. The visitor gets the offset of the member's
   * value and returns the offset just after it. Returns the offset after the closing brace.
   */
  members(offset, visit) {
    let b = this.bytes, i = this.expect(offset, OPEN_OBJECT);
    if (i = this.whitespace(i), b[i] === CLOSE_OBJECT) return i + 1;
    for (; ; ) {
      if (i >= this.length) throw this.truncated();
      if (b[i] !== QUOTE) throw this.unexpected(i);
      let keyEnd = this.skipString(i), key = this.key(i, keyEnd);
      if (i = this.expect(this.whitespace(keyEnd), COLON), i = this.whitespace(i), i >= this.length) throw this.truncated();
      if (i = this.whitespace(visit(key, i)), i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_OBJECT) return i + 1;
      i = this.whitespace(this.expect(i, COMMA));
    }
  }
  /** Visits each element of the array at `offset`, like members(). */
  elements(offset, visit) {
    let b = this.bytes, i = this.whitespace(this.expect(offset, OPEN_ARRAY));
    if (b[i] === CLOSE_ARRAY) return i + 1;
    for (let index = 0; ; index++) {
      if (i >= this.length) throw this.truncated();
      if (i = this.whitespace(visit(index, i)), i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_ARRAY) return i + 1;
      i = this.whitespace(this.expect(i, COMMA));
    }
  }
  /** The offset just after the value at `offset`, found by matching brackets; JSON.parse checks the rest. */
  skip(offset) {
    let b = this.bytes, n = this.length, i = offset, first = b[i];
    if (first === QUOTE) return this.skipString(i);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      for (; i < n; ) {
        let c = b[i];
        if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isWhitespace(c)) break;
        i++;
      }
      if (i === n) throw this.truncated();
      if (i === offset) throw this.unexpected(i);
      return i;
    }
    let depth = 0;
    for (; i < n; ) {
      let c = b[i];
      if (c <= 32) {
        i++;
        continue;
      }
      if (c === QUOTE) {
        i = this.skipString(i);
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && (depth--, depth === 0))
        return i + 1;
      i++;
    }
    throw this.truncated();
  }
  /** JSON.parse of the bytes [start, end). */
  parse(start, end) {
    let piece = this.bytes.toString("utf8", start, end);
    try {
      return JSON.parse(piece);
    } catch (error) {
      throw this.translate(error, start, piece);
    }
  }
  /** Parses the value at `offset`; returns it and the offset after it. */
  value(offset) {
    let end = this.skip(offset);
    return { value: this.parse(offset, end), end };
  }
  lineAndColumn(offset) {
    let b = this.bytes, line = 1, lineStart = 0;
    for (let i = b.indexOf(10); i !== -1 && i < offset; i = b.indexOf(10, i + 1))
      line++, lineStart = i + 1;
    return { line, column: offset - lineStart + 1 };
  }
  skipString(offset) {
    let b = this.bytes, n = this.length, near = Math.min(offset + 64, n), i = offset + 1;
    for (; i < near; ) {
      let c = b[i];
      if (c === QUOTE) return i + 1;
      i += c === BACKSLASH ? 2 : 1;
    }
    for (; ; ) {
      let quote = b.indexOf(QUOTE, i);
      if (quote === -1) throw this.truncated();
      let backslashes = 0;
      for (let k = quote - 1; b[k] === BACKSLASH; k--) backslashes++;
      if ((backslashes & 1) === 0) return quote + 1;
      i = quote + 1;
    }
  }
  key(start, end) {
    let raw = this.bytes.toString("utf8", start + 1, end - 1);
    return raw.includes("\\") ? String(this.parse(start, end)) : raw;
  }
  expect(offset, byte) {
    if (offset >= this.length) throw this.truncated();
    if (this.bytes[offset] !== byte) throw this.unexpected(offset);
    return offset + 1;
  }
  truncated() {
    return new JsonSyntaxError(this.length, !0, "unexpected end of JSON");
  }
  unexpected(offset) {
    return new JsonSyntaxError(offset, !1, "unexpected character");
  }
  /** Turns V8's error, which counts UTF-16 units of the piece, into a byte offset in the document. */
  translate(error, start, piece) {
    if (!(error instanceof SyntaxError)) return error;
    let message = error.message;
    if (/end of JSON input|Unterminated string/i.test(message))
      return new JsonSyntaxError(this.length, !0, "unexpected end of JSON");
    let at = (index) => new JsonSyntaxError(start + Buffer.byteLength(piece.slice(0, Math.max(0, index))), !1, "unexpected character"), position = /at position (\d+)/.exec(message)?.[1];
    if (position !== void 0) return at(Number(position));
    let quoted = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
    if (quoted) {
      let [, token = "", before, context = ""] = quoted, where = piece.indexOf(context);
      if (where !== -1) return at(where + (before ? 10 : Math.max(0, context.indexOf(token))));
    }
    return at(0);
  }
};

// src/trivy/report.ts
function parseTrivyReport(json, source) {
  let doc = new JsonBytes(typeof json == "string" ? Buffer.from(json, "utf8") : json);
  try {
    return new ReportReader(source, doc).read();
  } catch (error) {
    throw error instanceof JsonSyntaxError ? configError(`${source} is not valid JSON: ${describeSyntaxError(error, doc)}`) : error;
  }
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function describeSyntaxError(error, doc) {
  if (error.truncated) return "it ends in the middle of the document (truncated file?)";
  let { line, column } = doc.lineAndColumn(error.offset);
  return `unexpected character at line ${line} column ${column}`;
}
function kindOf(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value == "object" ? "an object" : `a ${typeof value}`;
}
var OPEN_OBJECT2 = 123, OPEN_ARRAY2 = 91, HEADER_KEYS = /* @__PURE__ */ new Set(["Trivy", "CreatedAt", "ArtifactName", "ArtifactType", "Metadata"]), ReportReader = class {
  constructor(source, doc) {
    this.source = source;
    this.doc = doc;
  }
  source;
  doc;
  /** Cursor into the report, so paths are only built when an error needs one. */
  result = 0;
  list = "Vulnerabilities";
  item = 0;
  read() {
    let doc = this.doc, start = doc.firstValue();
    if (start === -1) throw configError(`${this.source} is empty: expected a Trivy JSON report`);
    if (doc.byteAt(start) !== OPEN_OBJECT2) {
      let value = doc.parse(start, doc.length);
      throw configError(`${this.source} is not a Trivy JSON report: the top level is ${kindOf(value)}, expected an object`);
    }
    let header2 = {}, findings2 = [], schemaChecked = !1, deferredResults = -1, end = doc.members(start, (key, at) => {
      if (key === "Results")
        return schemaChecked ? this.readResults(at, findings2) : (deferredResults = at, doc.skip(at));
      let { value, end: end2 } = doc.value(at);
      return key === "SchemaVersion" ? (this.checkSchema(value), schemaChecked = !0) : HEADER_KEYS.has(key) && (header2[key] = value), end2;
    });
    doc.end(end), schemaChecked || this.checkSchema(void 0), deferredResults !== -1 && this.readResults(deferredResults, findings2);
    let trivy = header2.Trivy, report = {
      source: this.source,
      trivyVersion: isObject(trivy) ? this.optionalString(trivy.Version, "Trivy.Version") : void 0,
      createdAt: this.optionalString(header2.CreatedAt, "CreatedAt"),
      artifactName: this.optionalString(header2.ArtifactName, "ArtifactName") ?? "",
      artifactType: this.optionalString(header2.ArtifactType, "ArtifactType") ?? "",
      os: void 0,
      imageId: void 0,
      diffIds: [],
      repoDigests: [],
      imageConfig: void 0,
      findings: findings2
    }, metadata = this.optionalObject(header2.Metadata, "Metadata");
    return metadata && this.readMetadata(metadata, report), report;
  }
  checkSchema(schemaVersion) {
    if (schemaVersion === void 0)
      throw configError(`${this.source} is not a Trivy JSON report: SchemaVersion is missing (run Trivy with --format json)`);
    if (schemaVersion !== 2)
      throw configError(
        `${this.source}: unsupported Trivy report SchemaVersion ${JSON.stringify(schemaVersion)}; only SchemaVersion 2 (Trivy 0.20 and later) is supported`
      );
  }
  readMetadata(metadata, report) {
    let os = this.optionalObject(metadata.OS, "Metadata.OS");
    if (os) {
      let eosl = os.EOSL;
      report.os = {
        family: this.optionalString(os.Family, "Metadata.OS.Family") ?? "",
        name: this.optionalString(os.Name, "Metadata.OS.Name") ?? "",
        ...eosl === !0 ? { eosl: !0 } : {}
      };
    }
    report.imageId = this.optionalString(metadata.ImageID, "Metadata.ImageID") || void 0, report.diffIds = this.stringList(metadata.DiffIDs, "Metadata.DiffIDs"), report.repoDigests = this.stringList(metadata.RepoDigests, "Metadata.RepoDigests");
    let config = this.optionalObject(metadata.ImageConfig, "Metadata.ImageConfig");
    config && (report.imageConfig = this.readImageConfig(config));
  }
  /**
   * Older Trivy wrote an all-empty ImageConfig for non-image scans; treating that as "User is
   * empty, so root" would be a false finding, so only a config that describes an image counts.
   */
  readImageConfig(config) {
    let architecture = this.optionalString(config.architecture, "Metadata.ImageConfig.architecture") || void 0, os = this.optionalString(config.os, "Metadata.ImageConfig.os") || void 0, runtime = this.optionalObject(config.config, "Metadata.ImageConfig.config"), user = runtime ? this.optionalString(runtime.User, "Metadata.ImageConfig.config.User") : void 0;
    return !architecture && !os && user === void 0 ? void 0 : {
      // An image config without User runs as root; "" is how we say so.
      user: user ?? "",
      created: this.optionalString(config.created, "Metadata.ImageConfig.created") || void 0,
      architecture,
      os
    };
  }
  /** Returns the offset after the Results value. */
  readResults(at, findings2) {
    let doc = this.doc;
    if (doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY2) throw this.shapeError("Results", "must be an array", doc.value(at).value);
    return doc.elements(at, (r, resultAt) => {
      if (this.result = r, doc.byteAt(resultAt) !== OPEN_OBJECT2)
        throw this.shapeError(`Results[${r}]`, "must be an object", doc.value(resultAt).value);
      let first = findings2.length, target = "", targetClass = "", targetType, end = doc.members(resultAt, (key, valueAt) => {
        if (key === "Vulnerabilities" || key === "Secrets" || key === "Misconfigurations" || key === "Licenses")
          return this.readList(key, valueAt, findings2);
        let { value, end: end2 } = doc.value(valueAt);
        return key === "Target" ? target = this.optionalString(value, `Results[${r}].Target`) ?? "" : key === "Class" ? targetClass = this.optionalString(value, `Results[${r}].Class`) ?? "" : key === "Type" && (targetType = this.optionalString(value, `Results[${r}].Type`) || void 0), end2;
      });
      for (let k = first; k < findings2.length; k++) {
        let finding = findings2[k];
        finding.target = target, finding.kind === "vulnerability" ? (finding.targetClass = targetClass, finding.targetType = targetType) : finding.kind === "misconfiguration" && (finding.targetType = targetType);
      }
      return end;
    });
  }
  readList(name, at, findings2) {
    let doc = this.doc;
    if (this.list = name, doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY2)
      throw this.shapeError(`Results[${this.result}].${name}`, "must be an array", doc.value(at).value);
    return doc.elements(at, (i, itemAt) => {
      this.item = i;
      let { value, end } = doc.value(itemAt), entry = this.entry(value);
      return findings2.push(
        name === "Vulnerabilities" ? this.vulnerability(entry) : name === "Secrets" ? this.secret(entry) : name === "Misconfigurations" ? this.misconfiguration(entry) : this.license(entry)
      ), end;
    });
  }
  entry(value) {
    if (!isObject(value))
      throw this.shapeError(`Results[${this.result}].${this.list}[${this.item}]`, "must be an object", value);
    return value;
  }
  vulnerability(v) {
    let id = this.required(v, "VulnerabilityID");
    return {
      kind: "vulnerability",
      id,
      packageName: this.required(v, "PkgName"),
      packageId: this.optional(v, "PkgID") || void 0,
      purl: this.purl(v),
      packagePath: this.optional(v, "PkgPath") || void 0,
      installedVersion: this.optional(v, "InstalledVersion") ?? "",
      fixedVersion: this.optional(v, "FixedVersion") || void 0,
      status: this.optional(v, "Status") || void 0,
      severity: this.severity(v),
      cvss: this.cvss(v.CVSS),
      title: this.optional(v, "Title") || firstLine(this.optional(v, "Description")) || id,
      url: this.optional(v, "PrimaryURL") || void 0,
      layerDiffId: this.layer(v),
      target: "",
      targetClass: "",
      targetType: void 0
    };
  }
  /** Only metadata is copied: Code, Match and Offset hold or locate the secret itself. */
  secret(s) {
    let ruleId = this.required(s, "RuleID");
    return {
      kind: "secret",
      ruleId,
      category: this.optional(s, "Category") ?? "",
      severity: this.severity(s),
      title: this.optional(s, "Title") || ruleId,
      target: "",
      startLine: this.requiredLine(s, "StartLine"),
      endLine: this.requiredLine(s, "EndLine"),
      layerDiffId: this.layer(s)
    };
  }
  misconfiguration(m) {
    let id = this.required(m, "ID"), cause = m.CauseMetadata, causeObject = cause == null ? void 0 : this.object(cause, "CauseMetadata");
    return {
      kind: "misconfiguration",
      id,
      title: this.optional(m, "Title") || id,
      message: this.optional(m, "Message") ?? "",
      resolution: this.optional(m, "Resolution") || void 0,
      severity: this.severity(m),
      // Required: a check whose outcome we cannot read must not quietly count as passed.
      status: this.required(m, "Status"),
      url: this.optional(m, "PrimaryURL") || void 0,
      target: "",
      targetType: void 0,
      startLine: causeObject ? this.optionalLine(causeObject, "StartLine", "CauseMetadata.StartLine") : void 0,
      endLine: causeObject ? this.optionalLine(causeObject, "EndLine", "CauseMetadata.EndLine") : void 0,
      layerDiffId: this.layer(m)
    };
  }
  license(l) {
    let confidence = l.Confidence;
    if (confidence != null && typeof confidence != "number")
      throw this.itemError("Confidence", "must be a number", confidence);
    return {
      kind: "license",
      name: this.required(l, "Name"),
      // Required: deny-by-category policies act on it.
      category: this.required(l, "Category"),
      severity: this.severity(l),
      packageName: this.optional(l, "PkgName") ?? "",
      filePath: this.optional(l, "FilePath") || void 0,
      target: "",
      confidence: typeof confidence == "number" ? confidence : void 0,
      layerDiffId: this.layer(l)
    };
  }
  severity(item) {
    let value = item.Severity;
    if (isSeverity(value)) return value;
    if (value == null) throw this.itemError("Severity", "is missing", void 0);
    let shown = typeof value == "string" ? JSON.stringify(value.slice(0, 40)) : kindOf(value);
    throw configError(
      `${this.source}: ${this.itemPath("Severity")} is ${shown}; expected one of ${SEVERITIES.join(", ")}`
    );
  }
  /** The highest V3 score over all sources, else the highest V2, with the vector that goes with it. */
  cvss(value) {
    if (value == null) return;
    let sources = this.object(value, "CVSS"), best3, best2;
    for (let name in sources) {
      let entry = sources[name];
      if (!isObject(entry)) throw this.itemError(`CVSS.${name}`, "must be an object", entry);
      let v3 = entry.V3Score;
      if (v3 != null) {
        if (typeof v3 != "number") throw this.itemError(`CVSS.${name}.V3Score`, "must be a number", v3);
        v3 > 0 && (best3 === void 0 || v3 > best3.score) && (best3 = score(name, v3, entry.V3Vector));
      }
      let v2 = entry.V2Score;
      if (v2 != null) {
        if (typeof v2 != "number") throw this.itemError(`CVSS.${name}.V2Score`, "must be a number", v2);
        v2 > 0 && (best2 === void 0 || v2 > best2.score) && (best2 = score(name, v2, entry.V2Vector));
      }
    }
    return best3 ?? best2;
  }
  purl(item) {
    let identifier = item.PkgIdentifier;
    if (identifier != null)
      return this.optional(this.object(identifier, "PkgIdentifier"), "PURL", "PkgIdentifier.PURL") || void 0;
  }
  layer(item) {
    let layer = item.Layer;
    if (layer != null)
      return this.optional(this.object(layer, "Layer"), "DiffID", "Layer.DiffID") || void 0;
  }
  required(item, field) {
    let value = item[field];
    if (typeof value == "string" && value !== "") return value;
    throw value == null || value === "" ? this.itemError(field, "is missing", void 0) : this.itemError(field, "must be a string", value);
  }
  optional(item, field, path = field) {
    let value = item[field];
    if (typeof value == "string") return value;
    if (value != null)
      throw this.itemError(path, "must be a string", value);
  }
  requiredLine(item, field) {
    let value = item[field];
    if (typeof value == "number" && Number.isInteger(value)) return value;
    throw value == null ? this.itemError(field, "is missing", void 0) : this.itemError(field, "must be a whole number", value);
  }
  optionalLine(item, field, path) {
    let value = item[field];
    if (value != null) {
      if (typeof value == "number" && Number.isInteger(value)) return value > 0 ? value : void 0;
      throw this.itemError(path, "must be a whole number", value);
    }
  }
  object(value, path) {
    if (isObject(value)) return value;
    throw this.itemError(path, "must be an object", value);
  }
  optionalString(value, path) {
    if (typeof value == "string") return value;
    if (value != null)
      throw this.shapeError(path, "must be a string", value);
  }
  optionalObject(value, path) {
    if (value != null) {
      if (isObject(value)) return value;
      throw this.shapeError(path, "must be an object", value);
    }
  }
  stringList(value, path) {
    if (value == null) return [];
    if (!Array.isArray(value)) throw this.shapeError(path, "must be an array", value);
    for (let i = 0; i < value.length; i++)
      if (typeof value[i] != "string") throw this.shapeError(`${path}[${i}]`, "must be a string", value[i]);
    return value;
  }
  itemPath(field) {
    return `Results[${this.result}].${this.list}[${this.item}].${field}`;
  }
  itemError(field, problem, value) {
    return this.shapeError(this.itemPath(field), problem, value);
  }
  /** Values are described by type only: a malformed field could be the one holding secret text. */
  shapeError(path, problem, value) {
    let got = value === void 0 || problem === "is missing" ? "" : `, got ${kindOf(value)}`;
    return configError(`${this.source}: ${path} ${problem}${got}`);
  }
};
function score(source, value, vector) {
  return typeof vector == "string" && vector !== "" ? { source, score: value, vector } : { source, score: value };
}
function firstLine(text) {
  if (!text) return;
  let trimmed = text.trimStart(), end = trimmed.indexOf(`
`), line = (end === -1 ? trimmed : trimmed.slice(0, end)).trim();
  if (line !== "")
    return detach(line.length > 200 ? `${line.slice(0, 197)}...` : line);
}
function detach(slice) {
  return (" " + slice).slice(1);
}

// src/gate/acquire-scan.ts
var DEFAULT_PLATFORM = "linux/amd64";
async function acquireScan(config, environment) {
  let source = config.source;
  switch (source.kind) {
    case "report":
      return fromReportFile(source);
    case "registry":
      return fromRegistry(source.reference, config, environment);
    case "docker":
      return fromDockerDaemon(source.reference, config, environment);
    case "input":
      return fromInputPath(source, config, environment);
  }
}
async function fromReportFile(source) {
  let bytes = await readFile(source.path).catch((error) => {
    throw configError(`Cannot read the Trivy report ${source.path}: ${error.code ?? String(error)}`);
  }), scan = parseTrivyReport(bytes, source.path);
  return { subject: subjectOfUnpinned(scan, source.path, source.image), scan };
}
async function fromRegistry(reference, config, environment) {
  let { RegistryClient } = await import("./client-JELOBMD4.js"), parsed = parseImageReference(reference), client = new RegistryClient({
    credentials: config.registry.credentials,
    insecureRegistries: config.registry.insecure,
    logger: environment.logger
  }), pinned = await client.pin(parsed, config.platform ? { platform: config.platform } : { defaultPlatform: DEFAULT_PLATFORM }), pinnedRef = pinnedReference(parsed, pinned.digest), platformImage = pinned.platforms[0];
  if (!platformImage || pinned.platforms.length !== 1)
    throw infrastructureError(`Could not choose one platform of ${formatReference(parsed)} to scan; name one with the platform input`);
  environment.logger.info(`Pinned ${formatReference(parsed)} to ${pinned.digest} (${platformImage.platform} ${platformImage.digest})`);
  let credential = config.registry.credentials.find((item) => normalizeRegistryHost(item.registry) === parsed.registry), scanned = await scanWithTrivy({ kind: "image", reference: pinnedRef }, pinnedRef, config, environment, {
    ...credential && { credential },
    insecure: client.isPlainHttp(parsed.registry),
    // An index is scanned for the platform chosen here, never for whatever Trivy would default to.
    platform: pinned.digest !== platformImage.digest ? platformImage.platform : void 0
  }), scan = {
    ...scanned,
    imageConfig: {
      ...scanned.imageConfig,
      user: platformImage.config.user ?? "",
      ...platformImage.config.created && { created: platformImage.config.created },
      architecture: platformImage.config.architecture,
      os: platformImage.config.os
    }
  };
  return {
    subject: { input: reference, repository: repositoryName(parsed), digest: pinned.digest, pinned: pinnedRef },
    scan
  };
}
async function fromDockerDaemon(reference, config, environment) {
  let { exportDaemonImage } = await import("./daemon-ZL4JNGSG.js"), parsed = parseImageReference(reference);
  await mkdir(config.tempDir, { recursive: !0 });
  let archivePath = join2(config.tempDir, `image-gate-${randomUUID()}.tar`);
  try {
    let exported = await exportDaemonImage(reference, archivePath, {
      ...config.dockerHost && { dockerHost: config.dockerHost },
      logger: environment.logger
    });
    environment.logger.info(`Exported ${reference} (image ${exported.imageId}) from the Docker daemon`);
    let scanned = await scanWithTrivy({ kind: "archive", path: archivePath }, reference, config, environment), scan = { ...scanned, imageConfig: { ...scanned.imageConfig, user: exported.user ?? "" } };
    return {
      subject: {
        input: reference,
        repository: repositoryName(parsed),
        digest: exported.imageId,
        pinned: `${repositoryName(parsed)}@${exported.imageId}`
      },
      scan
    };
  } finally {
    await rm(archivePath, { force: !0 });
  }
}
async function fromInputPath(source, config, environment) {
  let { pinLocalImage } = await import("./pin-D6Y6IHWH.js"), pinned = await pinLocalImage(source.path);
  environment.logger.info(`Pinned ${source.path} (${pinned.format}) to ${pinned.digest}`);
  let target = pinned.format === "oci-layout" ? { kind: "layout", path: source.path } : { kind: "archive", path: source.path }, scanned = await scanWithTrivy(target, source.path, config, environment), scan = { ...scanned, imageConfig: { ...scanned.imageConfig, user: pinned.user } }, named = subjectOfUnpinned(scan, source.path, source.image);
  return { subject: { ...named, digest: pinned.digest, pinned: `${named.repository}@${pinned.digest}` }, scan };
}
async function scanWithTrivy(target, label, config, environment, registryAccess = { insecure: !1 }) {
  let { locateTrivy } = await import("./install-V5HXHUN6.js"), trivy = await locateTrivy({
    ...config.trivy.path && { path: config.trivy.path },
    version: config.trivy.version,
    minimumVersion: MINIMUM_TRIVY_VERSION,
    logger: environment.logger,
    tempDir: config.tempDir
  });
  environment.logger.info(`Trivy ${trivy.version} (${trivy.source}): scanning ${label}`), await mkdir(config.tempDir, { recursive: !0 });
  let outputPath = join2(config.tempDir, `trivy-${randomUUID()}.json`), cacheDir = environment.env.TRIVY_CACHE_DIR ?? join2(homedir(), ".cache", "trivy"), dbCache = environment.actionsCache === !0 && config.trivy.cacheDb && !config.trivy.server ? await import("./db-cache-DLK4GHKM.js") : void 0, cacheState = await dbCache?.restoreTrivyDb(cacheDir, environment.logger, environment.now());
  try {
    let args = buildTrivyArgs({
      target,
      scanners: config.trivy.scanners,
      outputPath,
      cacheDir,
      ...config.trivy.server && { server: config.trivy.server },
      dbRepositories: config.trivy.dbRepositories,
      javaDbRepositories: config.trivy.javaDbRepositories,
      ...registryAccess.platform && { platform: registryAccess.platform },
      // Trivy stops itself after 5 minutes unless told otherwise; our own deadline is the one that counts.
      timeout: `${Math.ceil(config.trivy.timeoutMs / 1e3)}s`,
      insecure: registryAccess.insecure
    }), credential = registryAccess.credential;
    await runTrivy(trivy.binary, args, {
      env: {
        ...buildTrivyEnv(credential && { username: credential.username, password: credential.password }),
        ...config.trivy.serverToken && { TRIVY_TOKEN: config.trivy.serverToken }
      },
      timeoutMs: config.trivy.timeoutMs,
      logger: environment.logger
    });
    let scan = parseTrivyReport(await readFile(outputPath), `the Trivy report for ${label}`);
    return await dbCache?.saveTrivyDb(cacheDir, cacheState, environment.logger), scan;
  } finally {
    await rm(outputPath, { force: !0 });
  }
}
function subjectOfUnpinned(scan, input, image2) {
  let candidates = [image2, scan.repoDigests[0], looksLikeFile(scan.artifactName) ? void 0 : scan.artifactName];
  for (let candidate of candidates)
    if (candidate !== void 0)
      try {
        let parsed = parseImageReference(candidate);
        return {
          input,
          repository: repositoryName(parsed),
          ...parsed.digest && { digest: parsed.digest },
          pinned: parsed.digest ? pinnedReference(parsed, parsed.digest) : formatReference(parsed)
        };
      } catch (error) {
        if (candidate === image2) throw error;
      }
  return { input, repository: scan.artifactName || input, pinned: scan.artifactName || input };
}
function looksLikeFile(name) {
  return /^(\.{0,2}\/|[A-Za-z]:\\)/.test(name) || /\.(tar|tgz|tar\.gz|json|sbom|cdx)$/i.test(name);
}

// src/gate/gate-image.ts
async function gateImage(config, environment) {
  let { buildPolicy, loadPolicyFile } = await import("./load-GYJ65F7V.js"), policySource = displayPath(config.policy.path, environment.workspace), policyFile = await loadPolicyFile(config.policy.path, { required: config.policy.required });
  policyFile && environment.logger.info(`Policy: ${policySource}`);
  let policy = buildPolicy(policyFile, config.policy.overrides, policySource), dockerfile = config.dockerfile ? await locateDockerfile(config.dockerfile, environment.workspace) : void 0, { subject, scan } = await acquireScan(config, environment), verdict = evaluate(scan, policy, environment.now());
  return { subject, scan, verdict, ...dockerfile && { dockerfile } };
}
async function locateDockerfile(path, workspace) {
  let text = await readFile2(path.startsWith("/") ? path : `${workspace}/${path}`, "utf8").catch((error) => {
    throw configError(`Cannot read the Dockerfile ${path}: ${error.code ?? String(error)}`);
  }), { finalFromLine } = await import("./final-from-U5ZMJ4PA.js"), repoPath = displayPath(path, workspace);
  return { path: repoPath, finalFromLine: finalFromLine(text, repoPath) };
}
function displayPath(path, workspace) {
  if (!path.startsWith("/")) return path;
  let inside = relative(workspace, path);
  return inside.startsWith("..") ? path : inside;
}

// src/report/result-json.ts
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
  return judged.note !== void 0 && (out.note = judged.note), out;
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
      reason: judged.ignoredBy?.reason ?? judged.note ?? "",
      expires: judged.ignoredBy?.expires ?? null,
      origin: judged.ignoredBy?.origin ?? ""
    });
  }), {
    input: subject.input,
    repository: subject.repository,
    digest: subject.digest ?? null,
    reference: subject.pinned,
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
    findings: findings2
  };
}
function buildResultDocument(results) {
  let images = results.map(image);
  return {
    version: RESULT_DOCUMENT_VERSION,
    tool: "image-gate",
    outcome: images.some((i) => i.outcome === "fail") ? "fail" : "pass",
    failsStep: images.some((i) => i.failsStep),
    images
  };
}

// src/publish/write-files.ts
import { mkdir as mkdir2, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/report/finding-text.ts
function findingSubject(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return finding.packageName;
    case "secret":
      return `${finding.target}:${finding.startLine}`;
    case "misconfiguration":
      return finding.startLine === void 0 ? finding.target : `${finding.target}:${finding.startLine}`;
    case "license":
      return finding.packageName || finding.filePath || finding.target;
  }
}
function findingVersions(finding) {
  if (finding.kind !== "vulnerability") return "";
  let fixed = finding.fixedVersion?.trim();
  return fixed ? `${finding.installedVersion} \u2192 ${fixed}` : `${finding.installedVersion} (no fix)`;
}
function findingUrl(finding) {
  return finding.kind === "vulnerability" || finding.kind === "misconfiguration" ? finding.url : void 0;
}
function describeIgnoreRule(rule) {
  return `${[
    rule.id === void 0 ? void 0 : `id ${rule.id}`,
    rule.package === void 0 ? void 0 : `package ${rule.package}`,
    rule.path === void 0 ? void 0 : `path ${rule.path}`
  ].filter((part) => part !== void 0).join(", ")} (${rule.origin})`;
}
function statusText(judged) {
  switch (judged.status) {
    case "violation":
      return "VIOLATION";
    case "allowed":
      return "allowed";
    case "ignored": {
      let rule = judged.ignoredBy, reason = rule?.reason ?? judged.note ?? "no reason given";
      return rule?.expires === void 0 ? `ignored (${reason})` : `ignored (${reason}, until ${rule.expires})`;
    }
    case "excluded":
      return judged.note === void 0 ? "excluded" : `excluded (${judged.note})`;
  }
}
var STATUS_ORDER = { violation: 0, allowed: 1, excluded: 2, ignored: 3 }, BUCKETS = 20;
function selectTop(findings2, limit, keep = () => !0) {
  let buckets = Array.from({ length: BUCKETS }, () => []), total = 0;
  for (let judged of findings2) {
    if (!keep(judged)) continue;
    total += 1;
    let bucket = buckets[(4 - severityRank(judged.finding.severity)) * 4 + STATUS_ORDER[judged.status]];
    bucket !== void 0 && bucket.length < limit && bucket.push(judged);
  }
  let top = [];
  for (let bucket of buckets)
    for (let judged of bucket) {
      if (top.length >= limit) return { top, total };
      top.push(judged);
    }
  return { top, total };
}
function ignoredVulnerabilitiesBySeverity(findings2) {
  let counts2 = emptySeverityCounts();
  for (let judged of findings2)
    judged.status === "ignored" && judged.finding.kind === "vulnerability" && (counts2[judged.finding.severity] += 1);
  return counts2;
}
function findingTitle(finding) {
  return finding.kind === "license" ? `${finding.name} (${finding.category} license)` : finding.title;
}

// src/report/markdown.ts
function truncate(text, maxLength) {
  if (text.length <= maxLength) return text;
  let points = Array.from(text);
  return points.length <= maxLength ? text : `${points.slice(0, Math.max(0, maxLength - 1)).join("")}\u2026`;
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
function singleLine(text) {
  return text.replace(CONTROL, " ").trim();
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }, INLINE_SYNTAX = /[\\`*_[\]|~@]/g, LINE_START_SYNTAX = /^([#+=-]|\d{1,9}[.)](?=\s|$))/;
function escapeMarkdown(text) {
  return singleLine(text).replace(/[&<>"]/g, (char) => HTML_ENTITIES[char] ?? char).replace(INLINE_SYNTAX, (char) => `\\${char}`).replace(LINE_START_SYNTAX, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
var DEFAULT_CELL_LENGTH = 100;
function escapeCell(text, maxLength = DEFAULT_CELL_LENGTH) {
  let line = singleLine(text ?? "");
  return line === "" ? "\u2013" : escapeMarkdown(truncate(line, maxLength));
}
function safeHttpUrl(url) {
  if (url === void 0 || url === "") return;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (!(parsed.protocol !== "https:" && parsed.protocol !== "http:"))
    return parsed.href.replace(/[()<>[\]\\|`* ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function markdownLink(text, url, maxLength = DEFAULT_CELL_LENGTH) {
  let label = escapeCell(text, maxLength), target = safeHttpUrl(url);
  return target === void 0 ? label : `[${label}](${target})`;
}
function markdownTable(header2, rows) {
  let lines = [`| ${header2.join(" | ")} |`, `|${header2.map(() => " --- ").join("|")}|`];
  for (let row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join(`
`);
}
function details(summary, body, open = !1) {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>

${body}

</details>`;
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", FINGERPRINT_KEY = "imageGateFinding/v1", MAX_RESULTS_PER_RUN = 25e3, DEFAULT_SCORE = { CRITICAL: 9.5, HIGH: 7, MEDIUM: 5.5, LOW: 2, UNKNOWN: 0 }, BAND = {
  CRITICAL: [9, 10],
  HIGH: [7, 8.9],
  MEDIUM: [4, 6.9],
  LOW: [0.1, 3.9],
  UNKNOWN: [0, 0]
};
function securitySeverity(severity, cvssScore) {
  let [low, high] = BAND[severity];
  return (severity !== "UNKNOWN" && cvssScore !== void 0 && Number.isFinite(cvssScore) && cvssScore >= low && cvssScore <= high ? cvssScore : DEFAULT_SCORE[severity]).toFixed(1);
}
function defaultLevel(severity) {
  return atLeast(severity, "HIGH") ? "error" : severity === "MEDIUM" ? "warning" : "note";
}
function resultLevel(judged) {
  return judged.status === "violation" ? "error" : judged.status !== "ignored" && atLeast(judged.finding.severity, "HIGH") ? "warning" : "note";
}
function ruleIdOf(finding) {
  switch (finding.kind) {
    case "secret":
      return `secret/${finding.ruleId}`;
    case "license":
      return `license/${finding.name}`;
    default:
      return finding.id;
  }
}
function ruleName(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return finding.targetClass === "os-pkgs" ? "OsPackageVulnerability" : "LanguageSpecificPackageVulnerability";
    case "secret":
      return "Secret";
    case "misconfiguration":
      return "Misconfiguration";
    case "license":
      return "License";
  }
}
function placeInImage(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return [
        finding.packageName,
        finding.packagePath ?? (finding.targetClass === "os-pkgs" ? finding.targetType ?? finding.targetClass : finding.target)
      ];
    case "license":
      return [finding.packageName, finding.filePath || finding.target];
    default:
      return [finding.target];
  }
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function helpFor(finding, ruleId) {
  let title2 = findingTitle(finding), url = findingUrl(finding), lines = [`${ruleId}: ${title2}`, `Severity: ${finding.severity}`], table;
  switch (finding.kind) {
    case "vulnerability":
      lines.push(`Package: ${finding.packageName}`, `Fixed version: ${finding.fixedVersion || "none"}`), table = markdownTable(
        ["Severity", "Package", "Fixed version", "Link"],
        [[finding.severity, escapeCell(finding.packageName), escapeCell(finding.fixedVersion || "none"), markdownLink(finding.id, url)]]
      );
      break;
    case "misconfiguration":
      lines.push(`Check: ${finding.message}`, `Resolution: ${finding.resolution ?? "see the link"}`), table = markdownTable(
        ["Severity", "Check", "Resolution", "Link"],
        [[finding.severity, escapeCell(finding.message, 300), escapeCell(finding.resolution, 300), markdownLink(finding.id, url)]]
      );
      break;
    case "secret":
      lines.push(`Category: ${finding.category}`, "Remove the secret from the image and rotate it."), table = markdownTable(["Severity", "Category", "Rule"], [[finding.severity, escapeCell(finding.category), escapeCell(finding.ruleId)]]);
      break;
    case "license":
      lines.push(`Category: ${finding.category}`), table = markdownTable(["Severity", "License", "Category"], [[finding.severity, escapeCell(finding.name), escapeCell(finding.category)]]);
      break;
  }
  return url !== void 0 && safeHttpUrl(url) !== void 0 && lines.push(`Link: ${url}`), {
    text: singleLines(lines).join(`
`),
    markdown: `**${escapeCell(`${ruleId}: ${title2}`, 300)}**

${table}`
  };
}
function singleLines(lines) {
  return lines.map((line) => truncate(singleLine(line), 1e3));
}
function buildRule(finding, ruleId) {
  let title2 = truncate(singleLine(findingTitle(finding)), 1e3) || ruleId, helpUri = safeHttpUrl(findingUrl(finding)), cvss = finding.kind === "vulnerability" ? finding.cvss?.score : void 0;
  return {
    id: ruleId,
    name: ruleName(finding),
    shortDescription: { text: truncate(`${ruleId}: ${title2}`, 1e3) },
    fullDescription: { text: title2 },
    ...helpUri !== void 0 && { helpUri },
    help: helpFor(finding, ruleId),
    defaultConfiguration: { level: defaultLevel(finding.severity) },
    properties: {
      "security-severity": securitySeverity(finding.severity, cvss),
      tags: ["security", finding.kind, finding.severity],
      precision: "very-high"
    }
  };
}
function pathToUri(path) {
  return path.replaceAll("\\", "/").split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
}
function runLocation(result) {
  return result.dockerfile !== void 0 ? { uri: pathToUri(result.dockerfile.path), line: Math.max(1, result.dockerfile.finalFromLine) } : { uri: pathToUri(result.subject.repository) || "image", line: 1 };
}
function messageText(judged, repository) {
  let { finding } = judged, versions = findingVersions(finding), text = [
    `${findingId(finding)} (${finding.severity}) in ${findingSubject(finding)}${versions === "" ? "" : ` ${versions}`}: ${findingTitle(finding)}.`,
    `Image: ${repository}. Target: ${finding.target}.`,
    `Policy: ${statusText(judged)}.`
  ];
  return truncate(singleLine(text.join(" ")), 2e3);
}
function buildRun(result, options, category) {
  let { subject, scan, verdict } = result, limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN, reportable = (judged) => judged.finding.kind !== "misconfiguration" || judged.finding.status.toUpperCase() === "FAIL", { top, total } = selectTop(verdict.findings, limit, reportable), rules = [], ruleIndexes = /* @__PURE__ */ new Map(), occurrences = /* @__PURE__ */ new Map(), where = runLocation(result), locations = [
    {
      physicalLocation: { artifactLocation: { uri: where.uri }, region: { startLine: where.line } },
      message: { text: truncate(singleLine(subject.pinned), 1e3) }
    }
  ], results = top.map((judged) => {
    let { finding } = judged, ruleId = ruleIdOf(finding), ruleIndex = ruleIndexes.get(ruleId);
    ruleIndex === void 0 && (ruleIndex = rules.push(buildRule(finding, ruleId)) - 1, ruleIndexes.set(ruleId, ruleIndex));
    let identity = JSON.stringify([subject.repository, finding.kind, ruleId, ...placeInImage(finding)]), seen = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, seen);
    let sarifResult = {
      ruleId,
      ruleIndex,
      level: resultLevel(judged),
      message: { text: messageText(judged, subject.repository) },
      // One shared array: every finding of the image has the same location.
      locations,
      partialFingerprints: { [FINGERPRINT_KEY]: sha256(seen === 1 ? identity : `${identity}#${seen}`) },
      properties: { severity: finding.severity, status: judged.status, kind: finding.kind }
    };
    if (judged.status === "ignored") {
      let rule = judged.ignoredBy, reason = rule?.reason ?? judged.note ?? "ignored by policy", justification = rule === void 0 ? reason : `${reason} (${rule.origin}${rule.expires ? `, until ${rule.expires}` : ""})`;
      sarifResult.suppressions = [{ kind: "external", status: "accepted", justification: truncate(singleLine(justification), 1e3) }];
    }
    return sarifResult;
  }), extensions = scan.trivyVersion === void 0 ? void 0 : [{ name: "Trivy", version: scan.trivyVersion }];
  return {
    tool: {
      driver: { name: "image-gate", version: options.toolVersion, informationUri: options.informationUri, rules },
      ...extensions !== void 0 && { extensions }
    },
    automationDetails: { id: `${category}/` },
    invocations: [{ executionSuccessful: !0 }],
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      imageRepository: subject.repository,
      imageReference: subject.pinned,
      ...subject.digest !== void 0 && { imageDigest: subject.digest },
      verdict: verdict.outcome,
      mode: verdict.mode,
      findings: total,
      resultsOmitted: total - results.length
    }
  };
}
function categories(results) {
  let seen = /* @__PURE__ */ new Map();
  return results.map(({ subject }) => {
    let n = (seen.get(subject.repository) ?? 0) + 1;
    return seen.set(subject.repository, n), n === 1 ? `image-gate/${subject.repository}` : `image-gate/${subject.repository}#${n}`;
  });
}
function buildSarif(results, options) {
  let ids = categories(results);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: results.map((result, i) => buildRun(result, options, ids[i] ?? `image-gate/${result.subject.repository}`))
  };
}
function serializeSarif(log) {
  return `${JSON.stringify(log)}
`;
}

// src/publish/write-files.ts
var TOOL_INFORMATION_URI = "https://github.com/image-gate/image-gate";
async function writeReportFiles(results, paths, toolVersion) {
  if (paths.sarifFile) {
    let sarif = buildSarif(results, { toolVersion, informationUri: TOOL_INFORMATION_URI });
    await writeText(paths.sarifFile, serializeSarif(sarif));
  }
  paths.resultFile && await writeText(paths.resultFile, `${JSON.stringify(buildResultDocument(results), null, 2)}
`);
}
async function writeText(path, text) {
  await mkdir2(dirname(path), { recursive: !0 }), await writeFile(path, text);
}

// src/report/summary.ts
var SUMMARY_MAX_BYTES = 1e6, ROW_LIMITS = [50, 20, 5, 0], MOST_ROWS = ROW_LIMITS[0], FOLD_AFTER = 10, MOST_SEVERE_FIRST = [...SEVERITIES].reverse(), number = new Intl.NumberFormat("en-US"), ofKind = (kind) => (judged) => judged.finding.kind === kind, TABLES = [
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
function prepare(result) {
  return {
    result,
    tables: TABLES.map((spec) => ({ spec, picked: selectTop(result.verdict.findings, MOST_ROWS, spec.lists) })),
    ignoredBySeverity: ignoredVulnerabilitiesBySeverity(result.verdict.findings)
  };
}
function headline(result) {
  let { subject, verdict } = result, icon = verdict.outcome === "pass" ? "\u2705" : "\u274C", outcome = verdict.outcome === "pass" ? "PASS" : "FAIL", audit = verdict.mode === "audit" ? " (audit mode)" : "", lines = [`### ${icon} ${outcome}${audit}: ${escapeMarkdown(subject.repository)}`];
  return verdict.mode === "audit" && lines.push(
    "",
    verdict.outcome === "fail" ? "> **Audit mode:** the policy is breached, but the step does not fail on it." : "> **Audit mode:** a breach would be reported here without failing the step."
  ), lines.join(`
`);
}
function facts(result) {
  let { subject, scan } = result, lines = [
    `- **Image:** ${escapeCell(subject.input, 300)}`,
    `- **Digest:** ${subject.digest === void 0 ? "not pinned to a digest" : escapeCell(subject.digest, 100)}`
  ];
  if (scan.os !== void 0) {
    let eosl = scan.os.eosl ? " \u26A0\uFE0F **end of life**: the distribution no longer gets security fixes" : "";
    lines.push(`- **OS:** ${escapeCell(`${scan.os.family} ${scan.os.name}`, 100)}${eosl}`);
  }
  let trivy = scan.trivyVersion === void 0 ? "" : ` (Trivy ${escapeCell(scan.trivyVersion, 40)})`;
  return lines.push(`- **Scan:** ${escapeCell(scan.source, 300)}${trivy}`), lines.join(`
`);
}
function countsTable(prepared) {
  let { counts: counts2 } = prepared.result.verdict, withMisconfigurations = SEVERITIES.some((s) => counts2.misconfigurations[s] > 0), others = `Secrets: ${number.format(counts2.secrets)} \xB7 Licenses: ${number.format(counts2.licenses)} \xB7 Ignored (all kinds): ${number.format(counts2.ignored)} \xB7 Violating: ${number.format(counts2.violating)}`;
  if (!withMisconfigurations && SEVERITIES.every((s) => counts2.vulnerabilities[s] === 0))
    return `No vulnerabilities found.

${others}`;
  let header2 = ["Severity", "Found", "Fixable", "Ignored", ...withMisconfigurations ? ["Misconfigurations"] : []], total = (record) => number.format(SEVERITIES.reduce((sum, s) => sum + record[s], 0)), rows = MOST_SEVERE_FIRST.map((s) => [
    s,
    number.format(counts2.vulnerabilities[s]),
    number.format(counts2.fixable[s]),
    number.format(prepared.ignoredBySeverity[s]),
    ...withMisconfigurations ? [number.format(counts2.misconfigurations[s])] : []
  ]);
  return rows.push([
    "**Total**",
    total(counts2.vulnerabilities),
    total(counts2.fixable),
    total(prepared.ignoredBySeverity),
    ...withMisconfigurations ? [total(counts2.misconfigurations)] : []
  ]), [
    "**Vulnerabilities**",
    "",
    markdownTable(header2, rows),
    "",
    others
  ].join(`
`);
}
function violationsList(result) {
  let { violations: violations2 } = result.verdict;
  return violations2.length === 0 ? "No policy violations." : [
    `**Violations (${violations2.length})**`,
    "",
    ...violations2.map((v) => `- ${escapeMarkdown(v.message)} (${escapeMarkdown(v.rule)})`)
  ].join(`
`);
}
function leftOut(shown, total, noun, cut) {
  if (total <= shown) return "";
  let why = cut ? " (cut to fit the 1 MiB job summary limit)" : "";
  return `

\u2026and ${number.format(total - shown)} more ${noun} not shown here${why}; image-gate-result.json lists them all.`;
}
function findingTable(picked, rows, cut, spec, open) {
  if (picked.total === 0) return "";
  let shown = picked.top.slice(0, rows), title2 = `${spec.title} (${number.format(picked.total)}${shown.length < picked.total ? `, ${shown.length} shown, most severe first` : ""})`, more = leftOut(shown.length, picked.total, spec.noun, cut);
  if (shown.length === 0) return `**${title2}**${more}`;
  let table = markdownTable(spec.header, shown.map(spec.row)) + more;
  return shown.length <= FOLD_AFTER ? `**${title2}**

${table}` : details(`<b>${title2}</b>`, table, open);
}
function vulnerabilityRow(judged) {
  let { finding } = judged;
  return [
    markdownLink(findingId(finding), findingUrl(finding), 40),
    escapeCell(findingSubject(finding), 60),
    escapeCell(findingVersions(finding), 60),
    finding.severity,
    escapeCell(statusText(judged), 80),
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
    escapeCell(ignoredBy?.reason ?? judged.note, 120),
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
    parts.push(
      details(
        `Unused ignore rules (${unusedIgnores.length}): they matched nothing and can be removed`,
        body.replace(/^\n+/, "")
      )
    );
  }
  return parts.join(`

`);
}
function renderImage(prepared, rows, cut) {
  let { result } = prepared, failing = result.verdict.outcome === "fail";
  return [
    headline(result),
    facts(result),
    countsTable(prepared),
    violationsList(result),
    ...prepared.tables.map(({ spec, picked }) => findingTable(picked, rows, cut, spec, spec.openOnFail && failing)),
    ignoreRuleLists(result, rows, cut)
  ].filter((section) => section !== "").join(`

`);
}
function renderHeadlineOnly(prepared) {
  let { result } = prepared, c = result.verdict.counts, found = SEVERITIES.reduce((sum, s) => sum + c.vulnerabilities[s], 0);
  return [
    headline(result),
    `${number.format(found)} vulnerabilities, ${number.format(c.secrets)} secrets, ${number.format(c.licenses)} licenses; ${result.verdict.violations.length} violations. Details were left out to fit the 1 MiB job summary limit; image-gate-result.json has them.`
  ].join(`

`);
}
function title(results) {
  let failed = results.filter((r) => r.verdict.outcome === "fail").length;
  return results.length === 1 ? "## image-gate" : `## image-gate: ${results.length} images, ${results.length - failed} passed, ${failed} failed`;
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
function renderSummary(results, options = {}) {
  let maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  if (results.length === 0) return fitOrCut(`${title(results)}

No images were checked.
`, maxBytes);
  let prepared = results.map(prepare), heading = title(results);
  for (let rows of ROW_LIMITS) {
    let cut = rows < MOST_ROWS, images = prepared.map((p) => renderImage(p, rows, cut)), text = `${heading}

${images.join(`

---

`)}
`;
    if (byteLength(text) <= maxBytes) return text;
  }
  let headlines = `${heading}

${prepared.map(renderHeadlineOnly).join(`

---

`)}
`;
  return fitOrCut(headlines, maxBytes);
}
function fitOrCut(text, maxBytes) {
  return byteLength(text) <= maxBytes ? text : cutToBytes(text, maxBytes, `

\u2026the summary was cut here to fit the job summary size limit.
`);
}

// src/report/table.ts
var LOG_FINDING_LIMIT = 50, MOST_SEVERE_FIRST2 = [...SEVERITIES].reverse();
function clean(text, maxLength) {
  return truncate(singleLine(text ?? ""), maxLength);
}
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
  let { subject, scan, verdict } = result, outcome = verdict.outcome === "pass" ? "PASS" : "FAIL", mode = verdict.mode === "audit" ? "audit (reported only; the verdict does not fail the step)" : "enforce (a failing verdict fails the step)", os = scan.os === void 0 ? void 0 : `${scan.os.family} ${scan.os.name}${scan.os.eosl ? " (end of life)" : ""}`, lines = [
    `image-gate: ${outcome}  ${clean(subject.repository, 200)}`,
    `  image:   ${clean(subject.input, 300)}`,
    `  digest:  ${subject.digest === void 0 ? "(not pinned to a digest)" : clean(subject.digest, 100)}`,
    `  mode:    ${mode}`,
    `  report:  ${clean(scan.source, 300)}${scan.trivyVersion === void 0 ? "" : ` (Trivy ${clean(scan.trivyVersion, 40)})`}`
  ];
  return os !== void 0 && lines.push(`  os:      ${clean(os, 100)}`), lines;
}
function counts(result) {
  let { counts: c } = result.verdict, ignored = ignoredVulnerabilitiesBySeverity(result.verdict.findings), total = (record) => SEVERITIES.reduce((sum, s) => sum + record[s], 0), row = (label, record) => [
    label,
    ...MOST_SEVERE_FIRST2.map((s) => String(record[s])),
    String(total(record))
  ], rows = [
    ["Vulnerabilities", ...MOST_SEVERE_FIRST2, "TOTAL"],
    row("found", c.vulnerabilities),
    row("fixable", c.fixable),
    row("ignored", ignored)
  ];
  return total(c.misconfigurations) > 0 && rows.push(row("misconfigurations", c.misconfigurations)), [
    ...indent(columns(rows, /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6]))),
    `  Secrets: ${c.secrets}   Licenses: ${c.licenses}   Ignored (all kinds): ${c.ignored}   Violating: ${c.violating}`
  ];
}
function violations(result) {
  let list2 = result.verdict.violations;
  return list2.length === 0 ? ["  No policy violations."] : [`  Violations (${list2.length}):`, ...list2.map((v) => `    - [${v.rule}] ${clean(v.message, 300)}`)];
}
function findings(result) {
  let { top, total } = selectTop(result.verdict.findings, LOG_FINDING_LIMIT);
  if (total === 0) return ["  No findings."];
  let rows = [
    ["SEVERITY", "STATUS", "ID", "PACKAGE / FILE", "VERSION", "TITLE"],
    ...top.map(({ finding, ...judged }) => [
      finding.severity,
      clean(statusText({ finding, ...judged }), 48),
      clean(findingId(finding), 32),
      clean(findingSubject(finding), 40),
      clean(findingVersions(finding), 40),
      clean(findingTitle(finding), 72)
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
        `    - ${clean(describeIgnoreRule(rule), 200)}: expired ${clean(rule.expires, 20)}, matches ${matched}; reason: ${clean(rule.reason, 200)}`
      );
  }
  if (unusedIgnores.length > 0) {
    lines.push(`  Unused ignore rules (${unusedIgnores.length}; they matched nothing):`);
    for (let rule of unusedIgnores) lines.push(`    - ${clean(describeIgnoreRule(rule), 200)}`);
  }
  return lines;
}
function renderLogTable(result) {
  return [header(result), counts(result), violations(result), findings(result), ignoreRules(result)].filter((lines) => lines.length > 0).map((lines) => lines.join(`
`)).join(`

`);
}

export {
  INPUT_NAMES,
  parseConfig,
  describeSource,
  findingId,
  gateImage,
  buildResultDocument,
  findingSubject,
  findingVersions,
  describeIgnoreRule,
  statusText,
  selectTop,
  findingTitle,
  truncate,
  singleLine,
  writeReportFiles,
  writeText,
  renderSummary,
  renderLogTable
};
