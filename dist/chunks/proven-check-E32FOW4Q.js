import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import "./chunk-AWIWLHBC.js";

// src/core/judge/base-image/proven-check.ts
function provenCheck(facts, imageDiffIds) {
  let at = { rule: "proven", line: facts.line, image: facts.written }, base = facts.diffIds;
  if (base === void 0)
    return { ...at, status: "unknown", message: facts.unknown.diffIds ?? `${facts.written}: its layers are not known` };
  if (imageDiffIds === void 0)
    return { ...at, status: "unknown", message: `The image's layers are not known, so whether it is built on ${facts.written} cannot be checked` };
  if (base.length > imageDiffIds.length)
    return {
      ...at,
      status: "fail",
      message: `The image is not built on ${facts.written}: the base has ${plural(base.length, "layer")}, the image only ${String(imageDiffIds.length)}`
    };
  let index = base.findIndex((diffId, i) => imageDiffIds[i] !== diffId);
  return index !== -1 ? {
    ...at,
    status: "fail",
    message: `The image is not built on ${facts.written}: its layer ${String(index + 1)} is ${imageDiffIds[index] ?? ""}, the base's is ${base[index] ?? ""}`
  } : {
    ...at,
    status: "pass",
    message: `The image is built on ${facts.written}: it begins with the base's ${plural(base.length, "layer")} and adds ${String(imageDiffIds.length - base.length)} of its own`
  };
}
function plural(count, noun) {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}
export {
  provenCheck
};
