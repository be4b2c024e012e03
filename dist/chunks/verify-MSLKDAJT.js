import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  verifySignatures
} from "./chunk-BZQZTSWN.js";
import {
  loadPolicy,
  pinForSignatures,
  signatureLines
} from "./chunk-WUKYKTT6.js";
import "./chunk-YP3K6IST.js";
import "./chunk-BMPABI3P.js";
import "./chunk-7RPEFQVG.js";
import "./chunk-4XS4QJKD.js";
import "./chunk-OAV25Q7R.js";
import {
  SIGNED_REQUIREMENT
} from "./chunk-C2FRMPVS.js";
import "./chunk-4TRXQ6F2.js";
import "./chunk-VUPUF2OT.js";
import "./chunk-UKJDPQHB.js";
import "./chunk-QQI2MQNP.js";
import "./chunk-CBAA7TTF.js";
import "./chunk-CXOLH6GH.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-LUCZD3HT.js";
import {
  configError
} from "./chunk-QTDHMDYW.js";
import "./chunk-AWIWLHBC.js";

// src/cli/verify.ts
async function verifyImage(config, environment) {
  let [source, ...more] = config.sources;
  if (more.length > 0)
    throw configError(`image-gate verify checks one image at a time; ${String(config.sources.length)} are given`);
  if (source.kind !== "registry")
    throw configError("image-gate verify checks an image in a registry: give IMAGE (image-source registry)");
  let trusted = (await loadPolicy(config, environment)).signatures;
  if (trusted.identities.length === 0 && trusted.keys.length === 0)
    throw configError(
      "Nothing to verify against: name trusted signers with --certificate-identity and --certificate-oidc-issuer (or their -regexp forms), or --key, or a policy file with a signatures section"
    );
  trusted.mode !== "required" && environment.logger.info(
    `image-gate verify requires a signature from a trusted signer; the signatures mode (${trusted.mode}) applies to image-gate check only`
  );
  let required = { ...trusted, mode: "required" };
  config.platform !== void 0 && environment.logger.info(
    `image-gate verify checks the signatures of the digest the reference names; the platform (${config.platform}) applies to image-gate check only`
  );
  let image = await pinForSignatures(source.reference, config, environment), signatures = await verifySignatures(image, required, config, environment), failure = whyNotVerified(signatures), text = [
    `image-gate verify: ${failure === void 0 ? "PASS" : "FAIL"}  ${source.reference}@${image.digest}`,
    ...signatureLines(signatures)
  ].join(`
`);
  return { digest: image.digest, signatures, ...failure !== void 0 && { failure }, text };
}
function whyNotVerified(signatures) {
  let signed = signatures.requirements.find((requirement) => requirement.description === SIGNED_REQUIREMENT);
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
