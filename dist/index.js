import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  IMAGE_GATE_VERSION
} from "./chunks/chunk-GS55YYJ5.js";
import "./chunks/chunk-AWIWLHBC.js";

// src/action/index.ts
process.stdout.write(`image-gate ${IMAGE_GATE_VERSION}
`);
var { run } = await import("./chunks/main-WH43KFWP.js");
await run();
