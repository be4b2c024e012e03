import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  C0_CONTROLS,
  DECEPTIVE,
  DEL_AND_C1_CONTROLS,
  LINE_SEPARATORS,
  characterClass,
  escapeCell,
  escapeMarkdown,
  findingId,
  markdownLink,
  markdownTable,
  safeHttpUrl,
  singleLine,
  truncate
} from "./chunk-FWII52N6.js";
import {
  SEVERITIES,
  atLeast,
  emptySeverityCounts,
  severityRank
} from "./chunk-LGNO2SGX.js";

// src/report/step-outcome.ts
function stepVerdict(outcomes) {
  let errored = outcomes.length === 0 || outcomes.some((outcome) => outcome.result === void 0), results = judgedResults(outcomes);
  return {
    outcome: errored ? "error" : results.some((result) => result.verdict.outcome === "fail") ? "fail" : "pass",
    failsStep: errored || results.some((result) => result.verdict.failsStep)
  };
}
function judgedResults(outcomes) {
  return outcomes.flatMap((outcome) => outcome.result === void 0 ? [] : [outcome.result]);
}
function erroredLine(outcome, nameInput = !0) {
  let { input, platform, error } = outcome;
  return nameInput ? `${input}${platform === void 0 ? "" : ` (${platform})`}: ${error}` : platform === void 0 ? error : `${platform}: ${error}`;
}

// src/report/sarif/sarif.ts
import { createHash as createHash2 } from "node:crypto";

// src/report/text/finding-identity.ts
function findingIdentity(finding) {
  return [finding.kind, ruleIdOf(finding), ...placeInImage(finding)];
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

// src/report/text/finding-text.ts
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
function verdictHeadline(result, repository) {
  let { verdict } = result, icon = verdict.outcome === "pass" ? "\u2705" : "\u274C", outcome = verdict.outcome === "pass" ? "PASS" : "FAIL", audit = verdict.mode === "audit" ? " (audit mode)" : "", lines = [`### ${icon} ${outcome}${audit}: ${repository}`];
  return verdict.mode === "audit" && lines.push(
    "",
    verdict.outcome === "fail" ? "> **Audit mode:** the policy is breached, but the step does not fail on it." : "> **Audit mode:** a breach would be reported here without failing the step."
  ), lines.join(`
`);
}
function findingNotice(judged, repository) {
  let { finding } = judged, versions = findingVersions(finding), parts = [
    `${findingTitle(finding)}.`,
    `${findingSubject(finding)}${versions === "" ? "" : ` ${versions}`} in ${repository}.`,
    `Status: ${statusText(judged)}.`
  ], url = findingUrl(finding);
  return url !== void 0 && url !== "" && parts.push(url), { title: `${finding.severity} ${findingId(finding)} in ${findingSubject(finding)}`, message: parts.join(" ") };
}
function describeIgnoreRule(rule) {
  return `${[
    rule.id === void 0 ? void 0 : `id ${rule.id}`,
    rule.package === void 0 ? void 0 : `package ${rule.package}`,
    rule.path === void 0 ? void 0 : `path ${rule.path}`
  ].filter((part) => part !== void 0).join(", ")} (${rule.origin})`;
}
function statusText(judged) {
  let status = policyStatusText(judged);
  return judged.origin === void 0 || judged.excluded === "inherited" ? status : `${status} \xB7 ${ORIGIN_TEXT[judged.origin]}`;
}
function findingNote(judged) {
  return judged.status === "ignored" ? judged.ignoredBy?.reason : judged.excluded === void 0 ? void 0 : exclusionText(judged.excluded, judged.finding, judged.vex);
}
function exclusionText(reason, finding, vex) {
  switch (reason) {
    case "inherited":
      return "inherited from the base image";
    case "no-fix":
      return "no fix available";
    case "check-not-failed":
      return `check status ${finding.kind === "misconfiguration" ? finding.status : "not failed"}`;
    case "vex":
      return vex === void 0 ? "suppressed by VEX" : vexText(vex);
  }
}
function vexText(vex) {
  let why = [vex.justification, vex.impactStatement].filter((text) => text !== void 0 && text !== "").join("; ");
  return `VEX ${vex.status}${why === "" ? "" : `: ${why}`} (by ${vex.author}, ${vex.document})`;
}
var ORIGIN_TEXT = {
  inherited: "inherited from the base",
  introduced: "introduced",
  unknown: "origin unknown"
};
function policyStatusText(judged) {
  switch (judged.status) {
    case "violation":
      return "VIOLATION";
    case "allowed":
      return "allowed";
    case "ignored": {
      let rule = judged.ignoredBy, reason = rule?.reason ?? "no reason given";
      return rule?.expires === void 0 ? `ignored (${reason})` : `ignored (${reason}, until ${rule.expires})`;
    }
    case "excluded":
      return judged.excluded === void 0 ? "excluded" : `excluded (${exclusionText(judged.excluded, judged.finding, judged.vex)})`;
  }
}
var STATUS_ORDER = { violation: 0, allowed: 1, excluded: 2, ignored: 3 }, BUCKETS = 20;
function selectTop(findings, limit, keep = () => !0) {
  let buckets = Array.from({ length: BUCKETS }, () => []), total2 = 0;
  for (let judged of findings) {
    if (!keep(judged)) continue;
    total2 += 1;
    let bucket = buckets[(4 - severityRank(judged.finding.severity)) * 4 + STATUS_ORDER[judged.status]];
    bucket !== void 0 && bucket.length < limit && bucket.push(judged);
  }
  let top = [];
  for (let bucket of buckets)
    for (let judged of bucket) {
      if (top.length >= limit) return { top, total: total2 };
      top.push(judged);
    }
  return { top, total: total2 };
}
function ignoredVulnerabilitiesBySeverity(findings) {
  let counts = emptySeverityCounts();
  for (let judged of findings)
    judged.status === "ignored" && judged.finding.kind === "vulnerability" && (counts[judged.finding.severity] += 1);
  return counts;
}
function findingTitle(finding) {
  return finding.kind === "license" ? `${finding.name} (${finding.category} license)` : finding.title;
}

// src/report/sarif/sarif-base-image.ts
import { createHash } from "node:crypto";

// src/report/text/base-image-text.ts
var RULE_NAMES = {
  pinned: "pinned to a digest",
  approved: "approved by the allow/deny lists",
  signed: "signed by a trusted signer",
  current: "current (its tag has not moved on)",
  proven: "proven (the image's layers begin with the base's)",
  provenance: "consistent with the provenance"
};
function normalizedName(facts) {
  return facts.normalized === void 0 || facts.normalized === facts.written ? void 0 : facts.normalized;
}
function effectText(check) {
  switch (check.effect) {
    case "pass":
      return "pass";
    case "off":
      return `${check.status}, not checked by the policy`;
    case "warn":
      return check.status === "unknown" ? "unknown (reported only)" : "fail (reported only)";
    case "fail":
      return check.status === "unknown" ? "unknown (fails: could not be checked)" : "fail";
  }
}
function effectMark(check) {
  return check.effect === "pass" ? "OK" : check.effect === "fail" ? "FAIL" : check.effect === "warn" ? "WARN" : "OFF";
}
function total(record) {
  return SEVERITIES.reduce((sum, s) => sum + record[s], 0);
}
function attributionLine(attribution) {
  let scope = attribution.scope === "introduced" ? "scope introduced: inherited vulnerabilities are reported, not counted" : "scope all: every vulnerability counts";
  return `${total(attribution.inherited)} inherited from the base image (${attribution.inheritedFixable} with a fix), ${total(attribution.introduced)} introduced by the image's own layers, ${total(attribution.unknown)} of unknown origin; ${scope}`;
}

// src/report/sarif/sarif-base-image.ts
var SEVERITY = {
  pinned: "MEDIUM",
  approved: "HIGH",
  signed: "HIGH",
  current: "MEDIUM",
  proven: "HIGH",
  provenance: "HIGH"
}, HELP = {
  pinned: "Name the base image by digest (FROM image:tag@sha256:\u2026) so every build uses exactly the base that was reviewed.",
  approved: "Use a base image the policy's base-image.allow patterns admit and its deny patterns do not name.",
  signed: "Use a base image signed by a signer the policy trusts (base-image.signed).",
  current: "The base tag now points to a newer image: update the pinned digest to pick up its fixes.",
  proven: "The image's layers must begin with the declared base's layers: build on the base the Dockerfile names.",
  provenance: "The SLSA provenance or the base-image annotations name a different base than the Dockerfile: find out which is right."
};
function baseSarifRule(rule) {
  return {
    id: `base-image/${rule}`,
    name: `BaseImage${rule[0]?.toUpperCase() ?? ""}${rule.slice(1)}`,
    shortDescription: { text: `Base image ${RULE_NAMES[rule]}` },
    fullDescription: { text: `The base image must be ${RULE_NAMES[rule]}.` },
    help: { text: HELP[rule] },
    defaultConfiguration: { level: "error" },
    properties: {
      // GitHub's band defaults, as sarif.ts's securitySeverity gives them for findings without a score.
      "security-severity": SEVERITY[rule] === "HIGH" ? "7.0" : "5.5",
      tags: ["security", "base-image", rule],
      precision: "very-high"
    }
  };
}
function reportableBaseChecks(result) {
  return (result.verdict.baseImage?.checks ?? []).filter((c) => c.effect === "fail" || c.effect === "warn");
}
function baseSarifResult(check, ruleIndex, result, where, fingerprintKey) {
  let line = result.dockerfile === void 0 ? where.line : Math.max(1, check.line), suggestion = check.suggestion === void 0 ? "" : ` Suggestion: ${check.suggestion}.`, { repository, platform } = result.subject, imageName2 = platform === void 0 ? repository : `${repository} (${platform.name})`, text = `Base image ${check.image} (FROM on line ${check.line}) is not ${RULE_NAMES[check.rule]}: ${check.message} (${effectText(check)}). Image: ${imageName2}.${suggestion}`, identity = JSON.stringify([result.subject.repository, "base-image", check.rule, check.image]);
  return {
    ruleId: `base-image/${check.rule}`,
    ruleIndex,
    level: check.effect === "fail" ? "error" : "warning",
    message: { text: truncate(singleLine(text), 2e3) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: where.uri }, region: { startLine: line } },
        message: { text: truncate(singleLine(`FROM ${check.image}`), 1e3) }
      }
    ],
    partialFingerprints: { [fingerprintKey]: createHash("sha256").update(identity).digest("hex") },
    properties: {
      severity: SEVERITY[check.rule],
      status: check.effect === "fail" ? "violation" : "allowed",
      kind: "base-image",
      check: { rule: check.rule, status: check.status, effect: check.effect }
    }
  };
}

// src/report/sarif/sarif.ts
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
function sha256(text) {
  return createHash2("sha256").update(text).digest("hex");
}
function helpFor(finding, ruleId) {
  let title = findingTitle(finding), url = findingUrl(finding), lines = [`${ruleId}: ${title}`, `Severity: ${finding.severity}`], table;
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
    markdown: `**${escapeCell(`${ruleId}: ${title}`, 300)}**

${table}`
  };
}
function singleLines(lines) {
  return lines.map((line) => truncate(singleLine(line), 1e3));
}
function buildRule(finding, ruleId) {
  let title = truncate(singleLine(findingTitle(finding)), 1e3) || ruleId, helpUri = safeHttpUrl(findingUrl(finding)), cvss = finding.kind === "vulnerability" ? finding.cvss?.score : void 0;
  return {
    id: ruleId,
    name: ruleName(finding),
    shortDescription: { text: truncate(`${ruleId}: ${title}`, 1e3) },
    fullDescription: { text: title },
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
function imageName(subject) {
  return subject.platform === void 0 ? subject.repository : `${subject.repository} (${subject.platform.name})`;
}
function messageText(judged, image) {
  let { finding } = judged, versions = findingVersions(finding), text = [
    `${findingId(finding)} (${finding.severity}) in ${findingSubject(finding)}${versions === "" ? "" : ` ${versions}`}: ${findingTitle(finding)}.`,
    `Image: ${image}. Target: ${finding.target}.`,
    `Policy: ${statusText(judged)}.`
  ];
  return truncate(singleLine(text.join(" ")), 2e3);
}
function buildRun(result, options, category) {
  let { subject, scan, verdict } = result, limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN, reportable = (judged) => judged.finding.kind !== "misconfiguration" || judged.finding.status.toUpperCase() === "FAIL", baseChecks = reportableBaseChecks(result).slice(0, limit), { top, total: total2 } = selectTop(verdict.findings, limit - baseChecks.length, reportable), rules = [], ruleIndexes = /* @__PURE__ */ new Map(), occurrences = /* @__PURE__ */ new Map(), where = runLocation(result), image = imageName(subject), locations = [
    {
      physicalLocation: { artifactLocation: { uri: where.uri }, region: { startLine: where.line } },
      // A platform's findings are in its own manifest: the location says which, after the index the tag points to.
      message: {
        text: truncate(
          singleLine(subject.platform === void 0 ? subject.pinned : `${subject.pinned} ${subject.platform.name} ${subject.platform.digest}`),
          1e3
        )
      }
    }
  ], baseResults = baseChecks.map((check) => {
    let ruleId = `base-image/${check.rule}`, ruleIndex = ruleIndexes.get(ruleId);
    ruleIndex === void 0 && (ruleIndex = rules.push(baseSarifRule(check.rule)) - 1, ruleIndexes.set(ruleId, ruleIndex));
    let dockerfile = result.dockerfile === void 0 ? where : { uri: pathToUri(result.dockerfile.path), line: check.line };
    return baseSarifResult(check, ruleIndex, result, dockerfile, FINGERPRINT_KEY);
  }), findingResults = top.map((judged) => {
    let { finding } = judged, ruleId = ruleIdOf(finding), ruleIndex = ruleIndexes.get(ruleId);
    ruleIndex === void 0 && (ruleIndex = rules.push(buildRule(finding, ruleId)) - 1, ruleIndexes.set(ruleId, ruleIndex));
    let identity = JSON.stringify([subject.repository, ...findingIdentity(finding)]), seen = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, seen);
    let sarifResult = {
      ruleId,
      ruleIndex,
      level: resultLevel(judged),
      message: { text: messageText(judged, image) },
      // One shared array: every finding of the image has the same location.
      locations,
      partialFingerprints: { [FINGERPRINT_KEY]: sha256(seen === 1 ? identity : `${identity}#${seen}`) },
      properties: { severity: finding.severity, status: judged.status, kind: finding.kind }
    };
    if (judged.status === "ignored") {
      let rule = judged.ignoredBy, reason = rule?.reason ?? "ignored by policy", justification = rule === void 0 ? reason : `${reason} (${rule.origin}${rule.expires ? `, until ${rule.expires}` : ""})`;
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
    results: [...baseResults, ...findingResults],
    properties: {
      imageRepository: subject.repository,
      imageReference: subject.pinned,
      ...subject.digest !== void 0 && { imageDigest: subject.digest },
      ...subject.platform !== void 0 && { platform: subject.platform.name, platformDigest: subject.platform.digest },
      verdict: verdict.outcome,
      mode: verdict.mode,
      findings: total2,
      resultsOmitted: total2 - findingResults.length
    }
  };
}
function platformCategory(platform) {
  return platform.split("/").map((part) => part.replace(/[^A-Za-z0-9._-]/g, "_")).join("-");
}
function categories(outcomes) {
  let seen = /* @__PURE__ */ new Map();
  return outcomes.map((outcome) => {
    let repository = outcome.result?.subject.repository ?? outcome.repository;
    if (repository === void 0) return;
    let platform = outcome.result === void 0 ? outcome.platform : outcome.result.subject.platform?.name, category = platform === void 0 ? `image-gate/${repository}` : `image-gate/${repository}/${platformCategory(platform)}`, n = (seen.get(category) ?? 0) + 1;
    return seen.set(category, n), n === 1 ? category : `${category}#${n}`;
  });
}
function buildSarif(outcomes, options) {
  let ids = categories(outcomes);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: outcomes.flatMap(
      (outcome, i) => outcome.result === void 0 ? [] : [buildRun(outcome.result, options, ids[i] ?? `image-gate/${outcome.result.subject.repository}`)]
    )
  };
}
function serializeSarif(log) {
  return `${JSON.stringify(log)}
`;
}

// src/report/sarif/step-sarif.ts
var TOOL_INFORMATION_URI = "https://github.com/image-gate/image-gate";
function stepSarif(outcomes, toolVersion) {
  if (!outcomes.every((outcome) => outcome.result === void 0))
    return buildSarif(outcomes, { toolVersion, informationUri: TOOL_INFORMATION_URI });
}

// src/report/platforms/image-entries.ts
function platformOf(outcome) {
  return outcome.result === void 0 ? outcome.platform : outcome.result.subject.platform?.name;
}
function imageEntries(outcomes) {
  let entries = [];
  for (let outcome of outcomes) {
    let name = platformOf(outcome);
    if (name === void 0) {
      entries.push({ kind: "image", outcome });
      continue;
    }
    let last = entries.at(-1), group = last?.kind === "platforms" && last.group.input === outcome.input && !last.group.platforms.some((p) => p.name === name) ? last.group : void 0, platform = { name, outcome, ...outcome.result?.subject.platform && { digest: outcome.result.subject.platform.digest } };
    group === void 0 ? entries.push({ kind: "platforms", group: newGroup(outcome, platform) }) : addPlatform(group, outcome, platform);
  }
  return entries;
}
function newGroup(outcome, platform) {
  let group = { input: outcome.input, platforms: [], judged: [] };
  return addPlatform(group, outcome, platform), group;
}
function addPlatform(group, outcome, platform) {
  group.platforms.push(platform);
  let repository = outcome.result?.subject.repository ?? outcome.repository;
  group.repository === void 0 && repository !== void 0 && (group.repository = repository), outcome.result !== void 0 && (group.judged.push({ name: platform.name, result: outcome.result }), group.digest === void 0 && outcome.result.subject.digest !== void 0 && (group.digest = outcome.result.subject.digest));
}
function groupOutcome(group) {
  return group.judged.length < group.platforms.length ? "error" : group.judged.some((platform) => platform.result.verdict.outcome === "fail") ? "fail" : "pass";
}
function groupFailsStep(group) {
  return groupOutcome(group) === "error" || group.judged.some((platform) => platform.result.verdict.failsStep);
}
function entryOutcome(entry) {
  return entry.kind === "platforms" ? groupOutcome(entry.group) : entry.outcome.result === void 0 ? "error" : entry.outcome.result.verdict.outcome;
}

// src/report/platforms/shared.ts
function shareAcross(lists, key) {
  let shared = /* @__PURE__ */ new Map();
  for (let { platform, items } of lists) {
    let seen = /* @__PURE__ */ new Map();
    for (let item of items) {
      let base = key(item), n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      let numbered = n === 1 ? base : `${base}#${n}`, entry = shared.get(numbered);
      entry === void 0 && (entry = { key: numbered, on: [] }, shared.set(numbered, entry)), entry.on.push({ platform, item });
    }
  }
  return [...shared.values()];
}
var STATUS_RANK = { violation: 0, allowed: 1, excluded: 2, ignored: 3 };
function leads(a, b) {
  let byStatus = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  return byStatus < 0 || byStatus === 0 && severityRank(a.finding.severity) > severityRank(b.finding.severity);
}
function findingSections(judged) {
  let names = judged.map((platform) => platform.name), position = new Map(names.map((name, i) => [name, i])), shared = shareAcross(
    judged.map(({ name, result }) => ({ platform: name, items: result.verdict.findings.map((finding) => withNeutralTarget(finding, result)) })),
    (judgedFinding) => JSON.stringify(findingIdentity(judgedFinding.finding))
  ), sections = /* @__PURE__ */ new Map();
  for (let entry of shared) {
    let platforms = entry.on.map((on) => on.platform), setKey = platforms.join(`
`), section = sections.get(setKey);
    section === void 0 && (section = { platforms, everywhere: platforms.length === names.length, findings: [] }, sections.set(setKey, section));
    let lead = entry.on[0]?.item;
    for (let { item } of entry.on) leads(item, lead) && (lead = item);
    section.findings.push({ ...entry, lead });
  }
  let order = (section) => section.platforms.map((name) => position.get(name) ?? 0);
  return [...sections.values()].sort((a, b) => {
    if (a.platforms.length !== b.platforms.length) return b.platforms.length - a.platforms.length;
    let [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  });
}
function withNeutralTarget(judged, result) {
  let artifact = result.scan.artifactName, { finding } = judged;
  return result.subject.platform === void 0 || artifact === "" || !finding.target.startsWith(artifact) ? judged : { ...judged, finding: { ...finding, target: `${result.subject.repository}${finding.target.slice(artifact.length)}` } };
}
function sharedRow(shared, row, label) {
  let rows = shared.on.map(({ platform, item }) => ({ platform, cells: row(item) })), width = rows[0]?.cells.length ?? 0;
  return Array.from(
    { length: width },
    (_, column) => sharedValue(
      rows.map(({ platform, cells }) => ({ platform, value: cells[column] ?? "" })),
      label
    )
  );
}
function sharedValue(values, label) {
  let platformsOf = /* @__PURE__ */ new Map();
  for (let { platform, value } of values) platformsOf.set(value, [...platformsOf.get(value) ?? [], platform]);
  return platformsOf.size === 1 ? platformsOf.keys().next().value ?? "" : [...platformsOf].map(([value, platforms]) => `${value} (${platforms.map(label).join(", ")})`).join("; ");
}
function sharedLines(lists, only) {
  return shareAcross(
    lists.map(({ platform, lines }) => ({ platform, items: lines })),
    (line) => line
  ).map((entry) => {
    let line = entry.on[0]?.item ?? "";
    return entry.on.length === lists.length ? line : `${line}${only(entry.on.map((on) => on.platform))}`;
  });
}
function sameOrEach(sections, label, separator = `

`) {
  let texts = /* @__PURE__ */ new Map();
  for (let { platform, text } of sections) texts.set(text, [...texts.get(text) ?? [], platform]);
  let only = [...texts.keys()];
  return only.length === 1 ? only[0] ?? "" : [...texts].filter(([text]) => text !== "").map(([text, platforms]) => `${label(platforms)}${separator}${text}`).join(separator);
}

// src/report/text/policy-text.ts
var SUMMARY_POLICY_DIFF_LINES = 50, number = new Intl.NumberFormat("en-US");
function policySection(results, maxDiffLines) {
  let origin = results.find((result) => result.policy !== void 0)?.policy;
  if (origin === void 0) return "";
  let parts = [`**Policy:** ${describeOrigin(origin)}`];
  return origin.note !== void 0 && parts.push(`${escapeMarkdown(origin.note)}.`), origin.changedInPullRequest !== void 0 && parts.push(changeText(origin, origin.changedInPullRequest, maxDiffLines)), parts.join(`

`);
}
function describeOrigin(origin) {
  let path = escapeMarkdown(origin.path);
  return origin.found ? origin.source === "base" && origin.ref !== void 0 ? `${path} from the ${origin.branch ?? "base branch"} at ${shortRef(origin.ref)} (a pull request cannot change the policy that judges it).` : `${path} in the workspace.` : "the defaults, with the inputs.";
}
function changeText(origin, change, maxDiffLines) {
  let path = escapeMarkdown(origin.path), judged = origin.found ? `the ${origin.branch ?? "base branch"}'s policy judged` : "the defaults judged";
  if (change.unavailable !== void 0)
    return `\u26A0\uFE0F **This pull request's ${path} is not shown:** ${escapeMarkdown(change.unavailable)}. It is not used: ${judged}.`;
  let shown = change.lines.slice(0, Math.max(0, maxDiffLines)), more = change.lines.length - shown.length + change.moreLines, lines = [`\u26A0\uFE0F **This pull request changes ${path}.** Its version is not used: ${judged}. The change (base \u2192 pull request):`];
  return shown.length > 0 && lines.push("", codeBlock(shown, "diff")), more > 0 && lines.push("", `\u2026and ${number.format(more)} more ${more === 1 ? "line" : "lines"}.`), lines.join(`
`);
}
function shortRef(ref) {
  return /^[0-9a-f]+$/.test(ref) ? ref.slice(0, 12) : escapeMarkdown(ref);
}
var CONTROL = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, LINE_SEPARATORS], "g", { except: "\\t" }), DECEPTIVE_CHARACTER = characterClass([DECEPTIVE], "g");
function codeLine(line) {
  return line.replace(CONTROL, "\uFFFD").replace(DECEPTIVE_CHARACTER, (char) => `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`);
}
function codeBlock(lines, info = "") {
  let shown = lines.map(codeLine), longest = shown.reduce((most, line) => Math.max(most, ...Array.from(line.matchAll(/`+/g), (match) => match[0].length)), 0), fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...shown, fence].join(`
`);
}

// src/report/platforms/platform-markdown.ts
var MOST_SEVERE_FIRST = [...SEVERITIES].reverse(), number2 = new Intl.NumberFormat("en-US"), HEADLINES = { pass: "\u2705 PASS", fail: "\u274C FAIL", error: "\u26D4 ERROR" };
function platformLabel(name) {
  return escapeCell(name, 60);
}
function onlyOn(platforms) {
  return `only on ${platforms.map(platformLabel).join(", ")}`;
}
function shortDigest(digest) {
  if (digest === void 0) return "\u2013";
  let [algorithm, hex] = digest.split(":");
  return hex === void 0 ? escapeCell(digest, 20) : escapeCell(`${algorithm}:${hex.slice(0, 12)}`, 20);
}
function platformCounts(group) {
  let failed = group.judged.filter((platform) => platform.result.verdict.outcome === "fail").length, errored = group.platforms.length - group.judged.length;
  return [
    [group.judged.length - failed, "passed"],
    [failed, "failed"],
    [errored, "could not be judged"]
  ].filter(([count]) => count > 0).map(([count, words]) => `${number2.format(count)} ${words}`).join(", ");
}
function platformsHeadline(group, repository) {
  let outcome = groupOutcome(group), audit = group.judged.some((platform) => platform.result.verdict.mode === "audit"), count = group.platforms.length, lines = [
    `### ${HEADLINES[outcome]}${audit ? " (audit mode)" : ""}: ${repository} \xB7 ${number2.format(count)} platform${count === 1 ? "" : "s"}: ${platformCounts(group)}`
  ];
  return audit && outcome !== "error" && lines.push(
    "",
    outcome === "fail" ? "> **Audit mode:** the policy is breached, but the step does not fail on it." : "> **Audit mode:** a breach would be reported here without failing the step."
  ), lines.join(`
`);
}
function platformTable(group) {
  let rows = group.platforms.map((platform) => {
    let result = platform.outcome.result, name = platformLabel(platform.name);
    if (result === void 0) return [name, shortDigest(platform.digest), HEADLINES.error, ...MOST_SEVERE_FIRST.map(() => "\u2013"), "\u2013", "\u2013"];
    let { counts, violations, outcome, mode } = result.verdict;
    return [
      name,
      shortDigest(platform.digest),
      `${HEADLINES[outcome]}${outcome === "fail" && mode === "audit" ? " (audit)" : ""}`,
      ...MOST_SEVERE_FIRST.map((severity) => number2.format(counts.vulnerabilities[severity])),
      number2.format(counts.secrets),
      number2.format(violations.length)
    ];
  });
  return markdownTable(["Platform", "Digest", "Verdict", ...MOST_SEVERE_FIRST, "Secrets", "Violations"], rows);
}
function platformErrors(group, maxLength = 2e3) {
  return group.platforms.flatMap(
    (platform) => platform.outcome.result === void 0 ? [`- \u26D4 **${platformLabel(platform.name)}** could not be judged, so the step fails: ${escapeCell(platform.outcome.error, maxLength)}`] : []
  ).join(`
`);
}

// src/report/artifact-line.ts
var number3 = new Intl.NumberFormat("en-US");
function fullReportLine(outcomes, artifact) {
  let findings = judgedResults(outcomes).reduce((sum, result) => sum + result.verdict.findings.length, 0), what = `all ${number3.format(findings)} ${findings === 1 ? "finding" : "findings"}`;
  return `\u{1F4E6} The full report, ${artifact.url === void 0 ? escapeMarkdown(what) : markdownLink(what, artifact.url)}, is kept in the workflow artifact \`${artifact.name.replace(/`/g, "")}\` (result file, SARIF and Trivy's JSON).`;
}

export {
  stepVerdict,
  judgedResults,
  erroredLine,
  findingSubject,
  findingVersions,
  findingUrl,
  verdictHeadline,
  findingNotice,
  describeIgnoreRule,
  statusText,
  findingNote,
  selectTop,
  ignoredVulnerabilitiesBySeverity,
  findingTitle,
  findingIdentity,
  RULE_NAMES,
  normalizedName,
  effectText,
  effectMark,
  total,
  attributionLine,
  MAX_RESULTS_PER_RUN,
  serializeSarif,
  stepSarif,
  shareAcross,
  findingSections,
  sharedRow,
  sharedValue,
  sharedLines,
  sameOrEach,
  imageEntries,
  groupOutcome,
  groupFailsStep,
  entryOutcome,
  SUMMARY_POLICY_DIFF_LINES,
  policySection,
  platformLabel,
  onlyOn,
  platformCounts,
  platformsHeadline,
  platformTable,
  platformErrors,
  fullReportLine
};
