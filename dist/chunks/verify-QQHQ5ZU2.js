import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  verifySignatures
} from "./chunk-OTIEZ2JS.js";
import {
  loadPolicy,
  pinRegistryImage,
  signatureLines
} from "./chunk-QMAD4KFG.js";
import "./chunk-6TEYK67T.js";
import "./chunk-4XS4QJKD.js";
import "./chunk-D3YBBIDK.js";
import "./chunk-DAT6SHZA.js";
import "./chunk-4TRXQ6F2.js";
import "./chunk-2BZTDZ4F.js";
import "./chunk-Q5RBDHA7.js";
import "./chunk-EFPDOSJC.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-BPCT2QDF.js";
import "./chunk-CRON7FWU.js";
import {
  configError
} from "./chunk-IBDES4N3.js";
import "./chunk-AWIWLHBC.js";

// src/cli/verify.ts
async function verifyImage(config, environment) {
  if (config.source.kind !== "registry")
    throw configError("image-gate verify checks an image in a registry: give IMAGE (image-source registry)");
  let policy = await loadPolicy(config, environment);
  if (policy.signatures.mode === "off")
    throw configError(
      "Nothing to verify against: name trusted signers with --certificate-identity and --certificate-oidc-issuer (or their -regexp forms), or --key, or a policy file with a signatures section"
    );
  let image = await pinRegistryImage(config.source.reference, config, environment), signatures = await verifySignatures(image, policy.signatures, config, environment), text = [`image-gate verify: ${signatures.violations.length > 0 ? "FAIL" : "PASS"}  ${config.source.reference}@${image.digest}`, ...signatureLines(signatures)].join(`
`);
  return { digest: image.digest, signatures, text };
}
export {
  verifyImage
};
