import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/adapters/registry/index.ts
async function loadRegistryClient() {
  let { RegistryClient } = await import("./client-EQPWPXAY.js");
  return { RegistryClient };
}

export {
  loadRegistryClient
};
