import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  isTrusted
} from "./chunk-4ENMLC6D.js";

// src/core/model/findings.ts
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

// src/report/neutralise/unsafe-characters.ts
var C0_CONTROLS = "\\x00-\\x1f", DEL_AND_C1_CONTROLS = "\\x7f-\\x9f", DECEPTIVE = "\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff", LINE_SEPARATORS = "\\u2028\\u2029";
function characterClass(bodies, flags, options = {}) {
  let one = `${options.except === void 0 ? "" : `(?![${options.except}])`}[${bodies.join("")}]`;
  return new RegExp(options.runs === !0 ? `(?:${one})+` : one, flags);
}

// src/report/summary/markdown.ts
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

// src/report/text/signature-text.ts
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
