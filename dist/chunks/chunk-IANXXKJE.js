import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  SWITCH_INPUTS
} from "./chunk-YY34J5C2.js";

// src/cli/switches.ts
var SWITCHES = SWITCH_INPUTS;
function takeSwitches(argv) {
  let switches = /* @__PURE__ */ new Map(), rest = [], optionsEnded = !1;
  for (let arg of argv) {
    arg === "--" && (optionsEnded = !0);
    let [, name, value] = optionsEnded ? [] : /^--([a-z-]+)(?:=(.*))?$/s.exec(arg) ?? [], known = SWITCHES.find((candidate) => candidate === name);
    if (known === void 0) {
      rest.push(arg);
      continue;
    }
    switches.set(known, value ?? "true");
  }
  return { switches, rest };
}

// src/core/model/logger.ts
function discard() {
}

export {
  discard,
  SWITCHES,
  takeSwitches
};
