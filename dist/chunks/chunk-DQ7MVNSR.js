import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/core/judge/base-image/pin-suggestion.ts
function pinSuggestion(facts) {
  if (facts.currentDigest !== void 0)
    return `${withoutDigest(facts.written)}@${facts.currentDigest}`;
}
function withoutDigest(written) {
  let at = written.indexOf("@");
  return at === -1 ? written : written.slice(0, at);
}

export {
  pinSuggestion,
  withoutDigest
};
