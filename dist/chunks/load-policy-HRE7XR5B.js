import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  parsePolicyText,
  publicKeyProblem
} from "./chunk-T5X4QAWX.js";
import {
  certificatesProblem
} from "./chunk-FNGSUTE7.js";
import "./chunk-RI7KEW47.js";
import "./chunk-LGNO2SGX.js";
import "./chunk-4ENMLC6D.js";
import "./chunk-MULAURLS.js";
import "./chunk-MAU7Y6NY.js";
import "./chunk-VF2KQCP3.js";
import {
  INPUT_LIMITS,
  InputFileError,
  readInputText
} from "./chunk-ELAGO25P.js";
import {
  GateError,
  configError,
  describeError
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/app/policy/load-policy.ts
async function loadPolicyFile(path, options) {
  let text;
  try {
    text = await readInputText(path, { what: "policy file", maxBytes: INPUT_LIMITS.policy });
  } catch (error) {
    if (error instanceof InputFileError && error.problem === "missing" && !options.required) return;
    throw error;
  }
  let file = parsePolicyText(text, path, options.file);
  return await readSignatureKeys(file, path), file;
}
var CERTIFICATES_FILE = { what: "certificates file", maxBytes: INPUT_LIMITS.tlsPem };
async function readSignatureKeys(file, source, read = readKeyFile) {
  await readKeys(file.document.signatures?.keys ?? [], file.signatureKeys ?? [], "signatures.keys", source, read), await readKeys(file.document["base-image"]?.signed?.keys ?? [], file.baseImageKeys ?? [], "base-image.signed.keys", source, read), await readCertificateAuthorities(file, source, read);
}
async function readKeyFile(path, file = { what: "key file", maxBytes: INPUT_LIMITS.publicKey }) {
  return readInputText(path, file);
}
async function readCertificateAuthorities(file, source, read) {
  for (let [index, authority] of (file.document.signatures?.["certificate-authorities"] ?? []).entries()) {
    let entry = file.certificateAuthorities?.[index];
    if (entry !== void 0)
      for (let field of ["roots", "intermediates"]) {
        let path = authority[field];
        if (path === void 0) continue;
        let where = `${source} line ${entry.line}: signatures.certificate-authorities[${index}].${field}`, pem;
        try {
          pem = await read(path, CERTIFICATES_FILE);
        } catch (error) {
          throw error instanceof GateError ? new GateError(error.kind, `${where}: ${error.message}`, { cause: error }) : configError(`${where}: ${describeError(error)}`, error);
        }
        let problem = certificatesProblem(pem);
        if (problem !== void 0) throw configError(`${where}: ${path} ${problem}`);
        field === "roots" ? entry.rootsPem = pem : entry.intermediatesPem = pem;
      }
  }
}
async function readKeys(keys, located, name, source, read) {
  for (let [index, key] of keys.entries()) {
    let entry = located[index];
    if (key.path === void 0 || entry === void 0) continue;
    let where = `${source} line ${entry.line}: ${name}[${index}].path`, pem;
    try {
      pem = await read(key.path);
    } catch (error) {
      throw error instanceof GateError ? new GateError(error.kind, `${where}: ${error.message}`, { cause: error }) : configError(`${where}: ${describeError(error)}`, error);
    }
    let problem = publicKeyProblem(pem);
    if (problem !== void 0) throw configError(`${where}: key file ${key.path} ${problem}`);
    entry.pemFromPath = pem;
  }
}
export {
  loadPolicyFile,
  readSignatureKeys
};
