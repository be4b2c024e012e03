import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  verifySignatures
} from "./chunk-PS23WZM2.js";
import {
  loadPolicy,
  pinForSignatures,
  signatureLines
} from "./chunk-MJR2V3T2.js";
import "./chunk-FWII52N6.js";
import "./chunk-LGNO2SGX.js";
import "./chunk-4ENMLC6D.js";
import "./chunk-MULAURLS.js";
import "./chunk-F2F4G3SM.js";
import "./chunk-MAU7Y6NY.js";
import "./chunk-UP5ZSMSQ.js";
import "./chunk-BJR5CI72.js";
import "./chunk-WX6WFRWC.js";
import "./chunk-I7O7NM34.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-ELAGO25P.js";
import {
  configError
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/cli/verify.ts
async function verifyImage(config, context) {
  let [source, ...more] = config.sources;
  if (more.length > 0)
    throw configError(`image-gate verify checks one image at a time; ${String(config.sources.length)} are given`);
  if (source.kind !== "registry")
    throw configError("image-gate verify checks an image in a registry: give IMAGE (image-source registry)");
  let trusted = (await loadPolicy(config, context)).signatures;
  if (trusted.identities.length === 0 && trusted.keys.length === 0)
    throw configError(
      "Nothing to verify against: name trusted signers with --certificate-identity and --certificate-oidc-issuer (or their -regexp forms), or --key, or a policy file with a signatures section"
    );
  trusted.mode !== "required" && context.logger.info(
    `image-gate verify requires a signature from a trusted signer; the signatures mode (${trusted.mode}) applies to image-gate check only`
  );
  let required = { ...trusted, mode: "required" };
  config.platforms !== "all" && context.logger.info(
    `image-gate verify checks the signatures of the digest the reference names; the platforms (${config.platforms.join(", ")}) apply to image-gate check only`
  );
  let image = await pinForSignatures(source.image.reference, context), signatures = await verifySignatures(image, required, config, context), failure = whyNotVerified(signatures), text = [
    `image-gate verify: ${failure === void 0 ? "PASS" : "FAIL"}  ${source.image.written}@${image.digest}`,
    ...signatureLines(signatures)
  ].join(`
`);
  return { digest: image.digest, signatures, ...failure !== void 0 && { failure }, text };
}
function whyNotVerified(signatures) {
  let signed = signatures.requirements.find((requirement) => requirement.kind === "signature" && requirement.platform === void 0);
  if (signed?.satisfied !== !0)
    return `no signature from a trusted signer was verified: ${signed?.reason ?? "the signature requirement was not judged"}`;
  if (signatures.violations.length > 0) {
    let count = signatures.violations.length;
    return `${count === 1 ? "1 requirement is" : `${count} requirements are`} not met: ${signatures.violations.map((violation) => violation.message).join("; ")}`;
  }
}
export {
  verifyImage,
  whyNotVerified
};
