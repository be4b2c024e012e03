import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/app/registry-client-options.ts
function registryClientOptions(config, environment) {
  return { credentials: config.registry.credentials, insecureRegistries: config.registry.insecure, logger: environment.logger };
}

export {
  registryClientOptions
};
