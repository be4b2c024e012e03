import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  verifySignatures
} from "./chunk-MUYDW4CR.js";
import {
  loadPolicy,
  pinForSignatures,
  signatureLines
} from "./chunk-OAITMGXV.js";
import "./chunk-KQXWWKWP.js";
import "./chunk-2WF65HFE.js";
import "./chunk-LGNO2SGX.js";
import "./chunk-F5XXMWBI.js";
import "./chunk-MULAURLS.js";
import "./chunk-KNBOD7BF.js";
import "./chunk-CHHXJPKP.js";
import "./chunk-KGZSNMQF.js";
import "./chunk-WGUKEJXU.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-WD5TK4V6.js";
import "./chunk-Z3XQXXU5.js";
import "./chunk-RICHWHPH.js";
import {
  configError
} from "./chunk-YQNRIA6J.js";
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
