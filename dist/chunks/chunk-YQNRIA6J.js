import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/core/model/errors.ts
var GateError = class extends Error {
  constructor(kind, message, options) {
    super(message, options);
    this.kind = kind;
  }
  kind;
  name = "GateError";
}, FileMistakesError = class extends GateError {
  constructor(mistakes, unlisted) {
    super("config", [...mistakes.map((mistake) => mistake.message), ...unlisted === void 0 ? [] : [unlisted]].join(`
`));
    this.mistakes = mistakes;
  }
  mistakes;
};
function fileMistakes(error) {
  return error instanceof FileMistakesError ? error.mistakes : void 0;
}
function configError(message, cause) {
  return new GateError("config", message, { cause });
}
function infrastructureError(message, cause) {
  return new GateError("infrastructure", message, { cause });
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function describeError(error) {
  return error instanceof GateError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export {
  GateError,
  FileMistakesError,
  fileMistakes,
  configError,
  infrastructureError,
  errorMessage,
  describeError
};
