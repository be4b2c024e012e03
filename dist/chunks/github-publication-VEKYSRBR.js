import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  commentKey
} from "./chunk-SGVBLA7V.js";
import {
  MAX_RESULTS_PER_RUN,
  RULE_NAMES,
  describeIgnoreRule,
  effectText,
  entryOutcome,
  findingIdentity,
  findingNotice,
  findingSections,
  findingSubject,
  findingUrl,
  findingVersions,
  fullReportLine,
  groupFailsStep,
  groupOutcome,
  imageEntries,
  judgedResults,
  normalizedName,
  onlyOn,
  platformCounts,
  platformErrors,
  platformLabel,
  platformTable,
  platformsHeadline,
  policySection,
  sameOrEach,
  selectTop,
  serializeSarif,
  shareAcross,
  sharedLines,
  sharedRow,
  sharedValue,
  statusText,
  stepSarif,
  stepVerdict,
  total,
  verdictHeadline
} from "./chunk-AI7YRN6R.js";
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
} from "./chunk-FWII52N6.js";
import {
  SEVERITIES,
  atLeast,
  severityRank
} from "./chunk-LGNO2SGX.js";
import "./chunk-4ENMLC6D.js";
import "./chunk-MULAURLS.js";
import {
  IMAGE_GATE_VERSION
} from "./chunk-GS55YYJ5.js";
import "./chunk-WX6WFRWC.js";
import "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/report/image-section.ts
var MOST_SEVERE_FIRST = [...SEVERITIES].reverse(), number = new Intl.NumberFormat("en-US");
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
  if (base.facts !== void 0) {
    let normalized = normalizedName(base.facts), also = normalized === void 0 ? "" : ` (${escapeCell(normalized, 300)})`;
    lines.push(`- FROM ${escapeCell(base.facts.written, 300)}${also} (${escapeCell(where(base.facts.line), 300)})`);
  }
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
var TOP_FINDINGS_HEADER = ["Severity", "ID", "Package / file", "Installed \u2192 fixed", "Status", "Where"];
function topFindingRow(judged) {
  return [
    judged.finding.severity,
    markdownLink(findingId(judged.finding), findingUrl(judged.finding), 40),
    escapeCell(findingSubject(judged.finding), 60),
    escapeCell(findingVersions(judged.finding), 60),
    escapeCell(statusText(judged), 60),
    escapeCell(findingPath(judged.finding), 60)
  ];
}
var listedInComment = (judged) => judged.status !== "ignored";
function topFindings(result, rows) {
  if (rows === 0) return "";
  let { top, total: found } = selectTop(result.verdict.findings, rows, listedInComment);
  if (found === 0) return "";
  let table = markdownTable(TOP_FINDINGS_HEADER, top.map(topFindingRow)), shown = top.length < found ? `${number.format(top.length)} of ${number.format(found)}` : number.format(found);
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

// src/report/platforms-section.ts
var number2 = new Intl.NumberFormat("en-US"), SECTIONS = /* @__PURE__ */ new WeakMap();
function sectionsOf(group) {
  let sections = SECTIONS.get(group);
  return sections === void 0 && (sections = findingSections(group.judged), SECTIONS.set(group, sections)), sections;
}
function onPlatforms(platforms) {
  return `**On ${platforms.map(platformLabel).join(", ")}:**`;
}
function headline2(group) {
  let pinned = group.judged[0]?.result.subject.pinned ?? group.input;
  return `${platformsHeadline(group, escapeCell(group.repository ?? group.input, 300))}

Image: ${escapeCell(pinned, 400)}`;
}
function violations2(group, level) {
  let lines = sharedLines(
    group.judged.map(({ name, result }) => ({
      platform: name,
      lines: result.verdict.violations.map((v) => `- ${escapeCell(v.message, 500)} (${escapeMarkdown(v.rule)})`)
    })),
    (platforms) => ` \u2014 ${onlyOn(platforms)}`
  );
  return lines.length === 0 ? group.judged.length === 0 ? "" : "No policy violations." : [`**Violations (${number2.format(lines.length)})**`, "", ...listLines(lines, level.items, "violations")].join(`
`);
}
function sectionTitle(section2, group) {
  return section2.everywhere ? group.judged.length === 1 ? `**On ${platformLabel(section2.platforms[0] ?? "")}**` : group.judged.length === group.platforms.length ? "**On every platform**" : "**On every platform that was judged**" : `**Only on ${section2.platforms.map(platformLabel).join(", ")}**`;
}
function topFindings2(group, rows) {
  if (rows === 0) return "";
  let shown = 0, found = 0, parts = sectionsOf(group).flatMap((section2) => {
    let byLead = new Map(section2.findings.map((shared) => [shared.lead, shared])), { top, total: total2 } = selectTop(
      section2.findings.map((shared) => shared.lead),
      rows,
      listedInComment
    );
    if (total2 === 0) return [];
    shown += top.length, found += total2;
    let table = markdownTable(
      TOP_FINDINGS_HEADER,
      top.flatMap((lead) => {
        let shared = byLead.get(lead);
        return shared === void 0 ? [] : [sharedRow(shared, topFindingRow, platformLabel)];
      })
    ), count2 = top.length < total2 ? `${number2.format(top.length)} of ${number2.format(total2)}` : number2.format(total2);
    return [`${sectionTitle(section2, group)} (${count2})

${table}`];
  });
  if (found === 0) return "";
  let count = shown < found ? `${number2.format(shown)} of ${number2.format(found)}` : number2.format(found);
  return details(`Top findings (${count}, most severe first)`, parts.join(`

`));
}
function platformsSection(group, level) {
  let each = (render) => sameOrEach(
    group.judged.map(({ name, result }) => ({ platform: name, text: render(result) })),
    onPlatforms
  );
  return [
    headline2(group),
    platformTable(group),
    platformErrors(group),
    violations2(group, level),
    each((result) => baseImage(result, level)),
    each((result) => signatures(result, level)),
    topFindings2(group, level.rows)
  ].filter((part) => part !== "").join(`

`);
}

// src/report/pr-comment.ts
var PR_COMMENT_MAX_CHARS = 65536, DETAIL_LEVELS = [
  { rows: 20, items: 50 },
  { rows: 10, items: 50 },
  { rows: 5, items: 50 },
  { rows: 0, items: 50 },
  { rows: 0, items: 10 },
  { rows: 0, items: 3 }
], MOST_ROWS = DETAIL_LEVELS[0]?.rows ?? 20, number3 = new Intl.NumberFormat("en-US");
function prCommentMarker(marker) {
  let line = marker.replace(/[\r\n\u2028\u2029]+/g, " ").trim();
  return /^<!--(?:(?!--).)*-->$/.test(line) ? line : `<!-- ${line.replace(/-{2,}/g, (dashes) => dashes.split("").join(" ")).replace(/>/g, "&gt;")} -->`;
}
function cutToLength(text2, maxChars) {
  if (text2.length <= maxChars) return text2;
  let end = Math.max(0, maxChars), last = text2.charCodeAt(end - 1);
  return end > 0 && last >= 55296 && last <= 56319 && (end -= 1), text2.slice(0, end);
}
function section(entry, level) {
  if (entry.kind === "platforms") return platformsSection(entry.group, level);
  let { outcome } = entry;
  return outcome.result === void 0 ? errorSection(outcome.input, outcome.error) : imageSection(outcome.result, level);
}
var TITLE_ICONS = { pass: "\u2705", fail: "\u274C", error: "\u26D4" };
function title(outcomes, entries) {
  if (entries.length === 1) return "## image-gate";
  let verdicts = entries.map(entryOutcome), failed = verdicts.filter((verdict) => verdict === "fail").length, errored = verdicts.filter((verdict) => verdict === "error").length, { outcome } = stepVerdict(outcomes), counted = `${entries.length} images: ${entries.length - failed - errored} passed, ${failed} failed`;
  return errored === 0 ? `## image-gate ${TITLE_ICONS[outcome]} ${counted}` : `## image-gate ${TITLE_ICONS[outcome]} ERROR \xB7 ${counted}, ${errored} could not be judged`;
}
function fullDetailsLine(runUrl, cut, limit) {
  let url = safeHttpUrl(runUrl), where = url === void 0 ? "the job summary of this workflow run" : `the job summary of [this workflow run](${url})`;
  return cut ? `Details were left out to fit GitHub's ${number3.format(limit)}-character limit: full details in ${where}.` : `Full details in ${where}.`;
}
function fitRendering(render, maxChars, cutNote) {
  let last = "";
  for (let level of DETAIL_LEVELS)
    if (last = render(level, level.rows < MOST_ROWS), last.length <= maxChars) return last;
  return cutNote.length >= maxChars ? cutToLength(last, maxChars) : cutToLength(last, maxChars - cutNote.length) + cutNote;
}
function renderPrComment(outcomes, options) {
  let maxChars = options.maxChars ?? PR_COMMENT_MAX_CHARS, marker = prCommentMarker(options.marker), results = judgedResults(outcomes), entries = imageEntries(outcomes), kept = options.artifact === void 0 ? "" : fullReportLine(outcomes, options.artifact), render = (level, cut) => {
    let images = entries.length === 0 ? ["No images were checked."] : entries.map((entry) => section(entry, level));
    return [
      marker,
      title(outcomes, entries),
      policySection(results, level.items),
      images.join(`

---

`),
      fullDetailsLine(options.runUrl, cut && outcomes.length > 0, maxChars),
      kept
    ].filter((part) => part !== "").join(`

`) + `
`;
  }, note = `

\u2026cut here. ${fullDetailsLine(options.runUrl, !0, maxChars)}${kept === "" ? "" : `

${kept}`}
`, text2 = fitRendering(render, maxChars, note);
  return text2.startsWith(marker) ? text2 : cutToLength(marker, maxChars);
}

// src/report/check-run.ts
var CHECK_OUTPUT_MAX_CHARS = 65535;
var TITLE_LENGTH = 255, MESSAGE_LENGTH = 2e3, CHECK_TITLE_LENGTH = 200, number4 = new Intl.NumberFormat("en-US");
function text(value, maxLength) {
  return truncate(singleLine(value), maxLength);
}
function findingItem(level, judged, result) {
  let notice = findingNotice(judged, result.subject.repository);
  return {
    level,
    title: text(notice.title, TITLE_LENGTH),
    message: text(notice.message, MESSAGE_LENGTH),
    finding: JSON.stringify(findingIdentity(judged.finding))
  };
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
  return annotationsAt(items(result), result.dockerfile);
}
function annotationsAt(list, dockerfile) {
  if (dockerfile === void 0) return [];
  let fallback = Math.max(1, dockerfile.finalFromLine);
  return list.map((item) => {
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
  let heading = `**Findings (${number4.format(list.length)}):** no Dockerfile was given, so they are listed here instead of annotated on a line.

`, reserve = 400, lines = [], length = heading.length;
  for (let item of list) {
    let line = `- ${LEVEL_ICONS[item.level]} **${escapeMarkdown(item.title)}**: ${escapeCell(item.message, MESSAGE_LENGTH)}`;
    if (length + line.length + 1 > CHECK_OUTPUT_MAX_CHARS - reserve) break;
    lines.push(line), length += line.length + 1;
  }
  let rest = list.length - lines.length, more = rest > 0 ? `

\u2026and ${number4.format(rest)} more. ${fullDetailsLine(runUrl, !0, CHECK_OUTPUT_MAX_CHARS)}` : "";
  return cutToLength(heading + lines.join(`
`) + more, CHECK_OUTPUT_MAX_CHARS);
}
function conclusion(result) {
  return result.verdict.outcome === "pass" ? "success" : result.verdict.failsStep ? "failure" : "neutral";
}
function checkTitle(result) {
  let { verdict, subject } = result, outcome = verdict.outcome === "pass" ? "PASS" : verdict.mode === "audit" ? "FAIL (audit mode)" : "FAIL", count = verdict.violations.length, violations3 = count === 0 ? "" : `: ${count} violation${count === 1 ? "" : "s"}`;
  return text(`${outcome}${violations3} \xB7 ${subject.repository}`, CHECK_TITLE_LENGTH);
}
function checkRunOutput(result, options = {}) {
  let all = items(result), annotated = result.dockerfile !== void 0, where = annotated ? `${number4.format(all.length)} annotation${all.length === 1 ? "" : "s"} on ${escapeCell(result.dockerfile?.path, 300)}.` : all.length === 0 ? "" : "No Dockerfile was given, so the findings are listed in the details below instead of annotated.", summary = fitRendering(
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

// src/report/check-run-platforms.ts
var LEVEL_RANK = { failure: 2, warning: 1, notice: 0 }, number5 = new Intl.NumberFormat("en-US");
function platformItems(group) {
  let judged = group.judged.length;
  return shareAcross(
    group.judged.map(({ name, result }) => ({ platform: name, items: items(result) })),
    (item) => item.finding ?? JSON.stringify([item.level, item.title, item.message, item.line])
  ).map(({ on }) => {
    let lead = on[0]?.item;
    for (let { item } of on) LEVEL_RANK[item.level] > LEVEL_RANK[lead.level] && (lead = item);
    let message = sharedValue(
      on.map(({ platform, item }) => ({ platform, value: item.message })),
      (platform) => platform
    ), only = on.length < judged ? ` Only on ${on.map(({ platform }) => platform).join(", ")}.` : "";
    return { ...lead, message: text(`${message}${only}`, MESSAGE_LENGTH) };
  }).sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
}
function platformsCheckRunAnnotations(group) {
  return annotationsAt(platformItems(group), group.judged[0]?.result.dockerfile);
}
var TITLES = { pass: "PASS", fail: "FAIL", error: "ERROR" };
function platformsCheckRunOutput(group, options = {}) {
  let outcome = groupOutcome(group), audit = outcome === "fail" && !groupFailsStep(group) ? " (audit mode)" : "", count = group.platforms.length, title2 = text(
    `${TITLES[outcome]}${audit} \xB7 ${group.repository ?? group.input} \xB7 ${number5.format(count)} platform${count === 1 ? "" : "s"}: ${platformCounts(group)}`,
    CHECK_TITLE_LENGTH
  ), all = platformItems(group), dockerfile = group.judged[0]?.result.dockerfile, where = dockerfile !== void 0 ? `${number5.format(all.length)} annotation${all.length === 1 ? "" : "s"} on ${escapeCell(dockerfile.path, 300)}.` : all.length === 0 ? "" : "No Dockerfile was given, so the findings are listed in the details below instead of annotated.", summary = fitRendering(
    (level, cut) => [platformsSection(group, level), where, fullDetailsLine(options.runUrl, cut, CHECK_OUTPUT_MAX_CHARS)].filter((part) => part !== "").join(`

`),
    CHECK_OUTPUT_MAX_CHARS,
    `

\u2026cut here. ${fullDetailsLine(options.runUrl, !0, CHECK_OUTPUT_MAX_CHARS)}`
  );
  return {
    title: title2,
    summary,
    ...dockerfile === void 0 && all.length > 0 && { text: unannotatedText(all, options.runUrl) },
    conclusion: outcome === "pass" ? "success" : groupFailsStep(group) ? "failure" : "neutral"
  };
}

// src/report/sarif/sarif-limits.ts
import { gzipSync } from "node:zlib";
var SARIF_MAX_RUNS_PER_FILE = 20, SARIF_MAX_RESULTS_PER_RUN = MAX_RESULTS_PER_RUN, SARIF_MAX_GZIP_BYTES = 1e7;
function gzipSarif(log) {
  return gzipSync(serializeSarif(log));
}
var LEVEL_RANK2 = { error: 2, warning: 1, note: 0 }, number6 = new Intl.NumberFormat("en-US");
function importance(result) {
  let violation = result.properties.status === "violation" ? 1 : 0;
  return severityRank(result.properties.severity) * 8 + LEVEL_RANK2[result.level] * 2 + violation;
}
function runName(run) {
  let { imageRepository, platform } = run.properties;
  return imageRepository ? platform === void 0 ? imageRepository : `${imageRepository} (${platform})` : run.automationDetails.id;
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
      `${runName(run)}: ${number6.format(run.results.length - left)} of ${number6.format(run.results.length)} SARIF results dropped, the least severe first, to fit GitHub's ${number6.format(maxBytes)}-byte gzipped upload limit.`
    );
  }), size > maxBytes && notes.push(`A SARIF payload is still ${number6.format(size)} bytes gzipped with no results left; GitHub will reject it.`), { log: fitted, dropped };
}
function fitSarifForUpload(log, limits = {}) {
  let maxRuns = Math.max(1, limits.maxRunsPerFile ?? SARIF_MAX_RUNS_PER_FILE), maxResults = limits.maxResultsPerRun ?? SARIF_MAX_RESULTS_PER_RUN, maxBytes = limits.maxGzipBytes ?? SARIF_MAX_GZIP_BYTES, notes = [], dropped = 0, runs = log.runs.map((run) => {
    if (run.results.length <= maxResults) return run;
    let over = run.results.length - maxResults;
    return dropped += over, notes.push(
      `${runName(run)}: ${number6.format(over)} of ${number6.format(run.results.length)} SARIF results dropped, the least severe first: GitHub accepts at most ${number6.format(maxResults)} per run.`
    ), withResults(run, mostImportant(run.results, maxResults), over);
  }), payloads = [];
  for (let start = 0; start < runs.length; start += maxRuns) {
    let fitted = fitGzip({ ...log, runs: runs.slice(start, start + maxRuns) }, maxBytes, notes);
    dropped += fitted.dropped, payloads.push(fitted.log);
  }
  return payloads.length > 1 && notes.push(
    `${number6.format(runs.length)} SARIF runs split into ${payloads.length} uploads: GitHub accepts at most ${number6.format(maxRuns)} runs per file.`
  ), { payloads, dropped, notes };
}

// src/action/github-publication.ts
function githubPublication(redacted, context) {
  let { github, workspace } = context, marker = prCommentMarker(commentKey(context.images, { workflow: github.workflow ?? "", job: github.job ?? "", workspace }));
  return {
    comment: {
      marker,
      // An input that could not be judged fails the step: for `on-failure` it is a failure like a breach.
      passing: stepVerdict(redacted).outcome === "pass",
      body: (runUrl) => renderPrComment(redacted, { marker, ...runUrl && { runUrl }, ...context.artifact !== void 0 && { artifact: context.artifact } })
    },
    checkRuns: (runUrl) => imageEntries(redacted).map(
      (entry) => entry.kind === "image" ? renderedCheckRun(entry.outcome, runUrl) : renderedPlatformsCheckRun(entry.group, runUrl)
    ),
    sarif: () => {
      let sarif = stepSarif(redacted, IMAGE_GATE_VERSION);
      if (sarif === void 0) return;
      let fitted = fitSarifForUpload(sarif);
      return { payloads: fitted.payloads.map(serializeSarif), notes: fitted.notes };
    }
  };
}
function renderedCheckRun(outcome, runUrl) {
  if (outcome.result === void 0) {
    let repository = outcome.repository ?? outcome.input, output2 = erroredCheckRunOutput(outcome.input, outcome.error, repository, { ...runUrl && { runUrl } });
    return { repository, conclusion: output2.conclusion, title: output2.title, summary: output2.summary, annotations: [] };
  }
  let { result } = outcome, output = checkRunOutput(result, { ...runUrl && { runUrl } });
  return {
    repository: result.subject.repository,
    conclusion: output.conclusion,
    title: output.title,
    summary: output.summary,
    ...output.text !== void 0 && { text: output.text },
    annotations: checkRunAnnotations(result)
  };
}
function renderedPlatformsCheckRun(group, runUrl) {
  let output = platformsCheckRunOutput(group, { ...runUrl && { runUrl } });
  return {
    repository: group.repository ?? group.input,
    conclusion: output.conclusion,
    title: output.title,
    summary: output.summary,
    ...output.text !== void 0 && { text: output.text },
    annotations: platformsCheckRunAnnotations(group)
  };
}
export {
  githubPublication
};
