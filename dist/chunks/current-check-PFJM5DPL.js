import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  pinSuggestion,
  withoutDigest
} from "./chunk-DQ7MVNSR.js";
import "./chunk-AWIWLHBC.js";

// src/core/judge/base-image/current-check.ts
var DAY_MS = 1440 * 60 * 1e3;
function currentCheck(facts, maxAgeDays, now) {
  let at = { rule: "current", line: facts.line, image: facts.written }, suggestion = pinSuggestion(facts), withSuggestion = suggestion === void 0 ? {} : { suggestion }, tagged = withoutDigest(facts.written);
  if (facts.currentDigest === void 0)
    return { ...at, status: "unknown", message: facts.unknown.current ?? `${facts.written}: what its tag points to now is not known` };
  if (facts.pinnedDigest === void 0)
    return {
      ...at,
      status: "pass",
      message: `${facts.written} is not pinned, so it is whatever ${tagged} points to at build time (now ${facts.currentDigest})`,
      ...withSuggestion
    };
  if (facts.pinnedDigest === facts.currentDigest)
    return { ...at, status: "pass", message: `${facts.written} is current: ${tagged} still points to the pinned digest` };
  let moved = `${facts.written} is outdated: ${tagged} now points to ${facts.currentDigest}`, created = facts.createdOfCurrent === void 0 ? Number.NaN : Date.parse(facts.createdOfCurrent);
  if (Number.isNaN(created)) {
    let why = facts.createdOfCurrent === void 0 ? facts.unknown.current ?? "its creation date is not known" : `its config's "created" date ${JSON.stringify(facts.createdOfCurrent)} is not a date`;
    return maxAgeDays === void 0 ? {
      ...at,
      status: "pass",
      message: `${moved}; since when is not known (${why}); only reported, no maximum age is set`,
      ...withSuggestion
    } : {
      ...at,
      status: "unknown",
      message: `${moved}, but its age cannot be checked against the ${String(maxAgeDays)}-day limit: ${why}`,
      ...withSuggestion
    };
  }
  let days = Math.max(0, Math.floor((now.getTime() - created) / DAY_MS)), since = `${moved}, since ${new Date(created).toISOString()} (${String(days)} ${days === 1 ? "day" : "days"} ago)`;
  return maxAgeDays === void 0 ? { ...at, status: "pass", message: `${since}; only reported, no maximum age is set`, ...withSuggestion } : days >= maxAgeDays ? { ...at, status: "fail", message: `${since}, the limit is ${String(maxAgeDays)} ${maxAgeDays === 1 ? "day" : "days"}`, ...withSuggestion } : {
    ...at,
    status: "pass",
    message: `${since}; it fails once that is ${String(maxAgeDays)} ${maxAgeDays === 1 ? "day" : "days"} ago`,
    ...withSuggestion
  };
}
export {
  currentCheck
};
