import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  SEVERITIES,
  emptySeverityCounts,
  emptySeverityLists,
  severityRank
} from "./chunk-4XS4QJKD.js";
import {
  isTrusted
} from "./chunk-C2FRMPVS.js";
import {
  configError
} from "./chunk-QTDHMDYW.js";

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
import { matchesGlob } from "node:path";
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
        let list = this.byId.get(compiled.idLower);
        list ? list.push(compiled) : this.byId.set(compiled.idLower, [compiled]);
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

// src/core/root-user.ts
var ATOI = /^[+-]?[0-9]+$/, INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n, MAX_UID = 2n ** 31n - 1n;
function parseImageUser(user = "") {
  let colon = user.indexOf(":"), name = colon === -1 ? user : user.slice(0, colon);
  if (name === "") return { kind: "default" };
  if (ATOI.test(name)) {
    let digits = BigInt(name.replace(/^[+-]/, "")), uid = name.startsWith("-") ? -digits : digits;
    if (uid >= INT64_MIN && uid <= INT64_MAX) return { kind: "uid", uid };
  }
  return { kind: "name", name };
}
function rootViolation(report, policy) {
  let config = report.imageConfig;
  if (config === void 0)
    return violation(
      `could not check the image's user: ${report.source} has no image config (artifact type ${report.artifactType}); the policy forbids running as root`
    );
  let raw = config.user ?? "", shown = quote(raw), user = parseImageUser(raw);
  switch (user.kind) {
    case "default":
      return violation(
        raw === "" ? "the image runs as root (no user set, so root); the policy forbids it" : `the image runs as root (user ${shown} names no user, so root); the policy forbids it`
      );
    case "uid":
      return user.uid === 0n ? violation(`the image runs as root (user ${shown} is uid 0); the policy forbids it`) : user.uid < 0n || user.uid > MAX_UID ? invalidUid(shown) : void 0;
    case "name":
      return user.name === "root" ? violation(`the image runs as root (user ${shown}); the policy forbids it`) : ATOI.test(user.name) ? invalidUid(shown) : policy.allowNamedUser ? void 0 : violation(
        `the image's user ${shown} is a name, which only the image's own /etc/passwd maps to a uid (possibly 0), so it cannot be shown not to run as root; use a numeric uid (e.g. USER 10001 or USER 10001:10001), or accept names with image: { allow-named-user: true } in the policy`
      );
  }
}
function invalidUid(shown) {
  return violation(
    `the image's user ${shown} is not a uid from 0 to ${MAX_UID} (runtimes refuse it or read it another way), so it cannot be shown not to run as root; use a numeric uid such as USER 10001`
  );
}
function violation(message) {
  return { rule: "root-user", message, count: 0 };
}
function quote(user) {
  return JSON.stringify(user.length > 64 ? `${user.slice(0, 64)}\u2026` : user);
}

// src/core/gate.ts
var INHERITED_NOTE = "inherited from the base image";
function evaluate(report, policy, now, options = {}) {
  checkMaxCount(policy);
  let ignores = new IgnoreMatcher(policy.ignore, now), useIgnores = !ignores.isEmpty, counts = {
    vulnerabilities: emptySeverityCounts(),
    fixable: emptySeverityCounts(),
    misconfigurations: emptySeverityCounts(),
    secrets: 0,
    licenses: 0,
    ignored: 0,
    violating: 0
  }, buckets = emptySeverityLists(), countedVulnerabilities = emptySeverityLists(), { onlyFixed } = policy.vulnerabilities, onlyIntroduced = policy.vulnerabilities.scope === "introduced", attribute = options.baseDiffIds !== void 0 || onlyIntroduced, baseLayers = new Set(options.baseDiffIds ?? []), attribution = attribute ? {
    scope: policy.vulnerabilities.scope,
    baseLayers: baseLayers.size,
    inherited: emptySeverityCounts(),
    introduced: emptySeverityCounts(),
    unknown: emptySeverityCounts(),
    inheritedFixable: 0
  } : void 0, failSecrets = policy.secrets.fail, misconfigThreshold = thresholdRank(policy.misconfigurations.failOnSeverity), deniedNames = new Set(policy.licenses.deny.map((name) => name.toLowerCase())), deniedCategories = new Set(policy.licenses.denyCategories.map((category) => category.toLowerCase())), checkLicenses = deniedNames.size > 0 || deniedCategories.size > 0, secrets = new Breach(), misconfigurations = new Breach(), licenses = new Breach(), deniedLicenseNames = /* @__PURE__ */ new Set();
  for (let finding of report.findings) {
    let judged = { finding, status: "allowed" };
    switch (buckets[finding.severity].push(judged), attribution !== void 0 && (judged.origin = originOf(finding.layerDiffId, baseLayers)), finding.kind) {
      case "vulnerability": {
        counts.vulnerabilities[finding.severity]++;
        let fixable = !!finding.fixedVersion;
        if (fixable && counts.fixable[finding.severity]++, attribution !== void 0) {
          let origin = judged.origin ?? "unknown";
          attribution[origin][finding.severity]++, origin === "inherited" && fixable && attribution.inheritedFixable++;
        }
        if (useIgnores && ignore(judged, ignores, counts)) break;
        if (onlyIntroduced && judged.origin === "inherited") {
          judged.status = "excluded", judged.note = INHERITED_NOTE;
          break;
        }
        if (onlyFixed && !fixable) {
          judged.status = "excluded", judged.note = "no fix available";
          break;
        }
        countedVulnerabilities[finding.severity].push(judged);
        break;
      }
      case "secret":
        if (counts.secrets++, useIgnores && ignore(judged, ignores, counts)) break;
        failSecrets && secrets.add(judged, finding);
        break;
      case "misconfiguration":
        if (finding.status.toUpperCase() !== "FAIL") {
          judged.status = "excluded", judged.note = `check status ${finding.status}`;
          break;
        }
        if (counts.misconfigurations[finding.severity]++, useIgnores && ignore(judged, ignores, counts)) break;
        severityRank(finding.severity) >= misconfigThreshold && misconfigurations.add(judged, finding);
        break;
      case "license":
        if (counts.licenses++, useIgnores && ignore(judged, ignores, counts)) break;
        checkLicenses && (deniedNames.has(finding.name.toLowerCase()) || deniedCategories.has(finding.category.toLowerCase())) && (licenses.add(judged, finding), deniedLicenseNames.add(finding.name));
        break;
    }
  }
  let violations = [], violating = judgeVulnerabilities(countedVulnerabilities, policy, violations);
  if (secrets.count > 0 && violations.push({
    rule: "secret",
    message: `${plural(secrets.count, "secret", "secrets")} found; the policy fails on any secret`,
    severity: secrets.severity,
    count: secrets.count
  }), misconfigurations.count > 0 && violations.push({
    rule: "misconfiguration",
    message: `${plural(misconfigurations.count, "failed misconfiguration check", "failed misconfiguration checks")} (policy: fail on ${policy.misconfigurations.failOnSeverity} or above)`,
    severity: misconfigurations.severity,
    count: misconfigurations.count
  }), licenses.count > 0 && violations.push({
    rule: "license",
    message: `${plural(licenses.count, "license", "licenses")} denied by the policy: ` + [...deniedLicenseNames].join(", "),
    severity: licenses.severity,
    count: licenses.count
  }), violating += secrets.count + misconfigurations.count + licenses.count, policy.image.forbidRoot) {
    let violation2 = rootViolation(report, policy.image);
    violation2 && violations.push(violation2);
  }
  counts.violating = violating;
  let findings = [];
  for (let severity of SEVERITIES.toReversed())
    for (let judged of buckets[severity]) findings.push(judged);
  let outcome = violations.length > 0 ? "fail" : "pass";
  return {
    outcome,
    mode: policy.mode,
    failsStep: outcome === "fail" && policy.mode === "enforce",
    violations,
    findings,
    counts,
    expiredIgnores: ignores.expired(),
    unusedIgnores: ignores.unused(),
    ...attribution !== void 0 && { attribution }
  };
}
function originOf(layerDiffId, baseLayers) {
  return layerDiffId === void 0 || layerDiffId === "" || baseLayers.size === 0 ? "unknown" : baseLayers.has(layerDiffId) ? "inherited" : "introduced";
}
var Breach = class {
  count = 0;
  severity;
  add(judged, finding) {
    judged.status = "violation", this.count++, (this.severity === void 0 || severityRank(finding.severity) > severityRank(this.severity)) && (this.severity = finding.severity);
  }
};
function ignore(judged, ignores, counts) {
  let rule = ignores.match(judged.finding);
  return rule === void 0 ? !1 : (judged.status = "ignored", judged.ignoredBy = rule, judged.note = rule.reason, counts.ignored++, !0);
}
function judgeVulnerabilities(counted, policy, violations) {
  let { failOnSeverity, maxCount, onlyFixed } = policy.vulnerabilities, threshold = thresholdRank(failOnSeverity), qualifier = (policy.vulnerabilities.scope === "introduced" ? " not inherited from the base image" : "") + (onlyFixed ? " with a fix available" : ""), violating = 0;
  for (let severity of SEVERITIES.toReversed()) {
    let judged = counted[severity], n = judged.length, max = maxCount[severity], allowance = max ?? (severityRank(severity) >= threshold ? 0 : 1 / 0);
    if (n <= allowance) continue;
    for (let item of judged) item.status = "violation";
    violating += n;
    let found = `${plural(n, `${severity} vulnerability`, `${severity} vulnerabilities`)}${qualifier}`;
    violations.push(
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

// src/report/unsafe-characters.ts
var C0_CONTROLS = "\\x00-\\x1f", DEL_AND_C1_CONTROLS = "\\x7f-\\x9f", DECEPTIVE = "\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff", LINE_SEPARATORS = "\\u2028\\u2029";
function characterClass(bodies, flags, options = {}) {
  let one = `${options.except === void 0 ? "" : `(?![${options.except}])`}[${bodies.join("")}]`;
  return new RegExp(options.runs === !0 ? `(?:${one})+` : one, flags);
}

// src/report/markdown.ts
function truncate(text, maxLength) {
  if (text.length <= maxLength) return text;
  let points = Array.from(text);
  return points.length <= maxLength ? text : `${points.slice(0, Math.max(0, maxLength - 1)).join("")}\u2026`;
}
var CONTROL = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, DECEPTIVE, LINE_SEPARATORS], "g", { runs: !0 });
function singleLine(text) {
  return text.replace(CONTROL, " ").trim();
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }, INLINE_SYNTAX = /[\\`*_[\]|~@]/g, LINE_START_SYNTAX = /^([#+=-]|\d{1,9}[.)](?=\s|$))/;
function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (char) => HTML_ENTITIES[char] ?? char);
}
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
function markdownTable(header, rows) {
  let lines = [`| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`];
  for (let row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join(`
`);
}
function details(summary, body, open = !1) {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>

${body}

</details>`;
}

// src/report/signature-text.ts
var SOURCE_NAMES = {
  referrers: "OCI referrers",
  "cosign-tags": "cosign tag",
  "github-attestations": "GitHub attestations"
};
function sourceName(source) {
  return SOURCE_NAMES[source];
}
function evidenceKind(result) {
  return result.kind === "signature" ? "signature" : `attestation ${result.predicateType ?? "(no predicate type)"}`;
}
function describeSigner(signer) {
  if (signer === void 0) return "unknown";
  if (signer.kind === "key") return `key ${signer.name ?? signer.keyId}`;
  let claims = [];
  return signer.github?.repository !== void 0 && claims.push(`repository ${signer.github.repository}`), signer.github?.workflowRef !== void 0 && claims.push(`ref ${signer.github.workflowRef}`), signer.github?.runnerEnvironment !== void 0 && claims.push(`runner ${signer.github.runnerEnvironment}`), `${signer.identity} (issuer ${signer.issuer || "(none)"}${claims.length > 0 ? `; ${claims.join(", ")}` : ""})`;
}
var TLOG_NOT_CHECKED = "transparency log not checked (insecure-ignore-tlog)";
function transparencyLogNote(result) {
  return isTrusted(result) && result.transparencyLog === "not-checked" ? TLOG_NOT_CHECKED : void 0;
}
function evidenceStatus(result) {
  if (isTrusted(result)) {
    let note = transparencyLogNote(result);
    return note === void 0 ? "verified" : `verified; ${note}`;
  }
  return result.rejection !== void 0 ? `rejected (${result.rejection.code}): ${result.rejection.message}` : result.verified ? "rejected: reported verified, but names no signer" : "rejected";
}
function requirementStatus(requirement) {
  return requirement.satisfied ? `satisfied by ${requirement.satisfiedBy ?? "verified evidence"}` : `not satisfied: ${requirement.reason ?? "no verified evidence"}`;
}
function isEnforced(requirement, signatures) {
  return signatures.mode === "required" && requirement.required;
}
function modeText(mode) {
  switch (mode) {
    case "required":
      return "required";
    case "optional":
      return "optional (reported only)";
    case "off":
      return "off";
  }
}

export {
  findingId,
  findingPackage,
  findingPath,
  INHERITED_NOTE,
  evaluate,
  C0_CONTROLS,
  DEL_AND_C1_CONTROLS,
  DECEPTIVE,
  LINE_SEPARATORS,
  characterClass,
  truncate,
  singleLine,
  escapeHtml,
  escapeMarkdown,
  escapeCell,
  safeHttpUrl,
  markdownLink,
  markdownTable,
  details,
  sourceName,
  evidenceKind,
  describeSigner,
  transparencyLogNote,
  evidenceStatus,
  requirementStatus,
  isEnforced,
  modeText
};
