import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  configError
} from "./chunk-YQNRIA6J.js";

// src/config/policy/certificate-authorities.ts
import { X509Certificate } from "node:crypto";
var CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
function certificatesProblem(pem) {
  let blocks = pem.match(CERTIFICATE_BLOCK) ?? [];
  if (blocks.length === 0) return "holds no PEM certificate (-----BEGIN CERTIFICATE-----)";
  let bad = blocks.findIndex((block) => {
    try {
      return new X509Certificate(block), !1;
    } catch {
      return !0;
    }
  });
  return bad < 0 ? void 0 : `has a certificate that does not parse (the ${ordinal(bad + 1)} one)`;
}
function inputAuthority(input, options) {
  let check = (pem, name) => {
    let problem = certificatesProblem(pem);
    if (problem !== void 0) throw configError(`Input ${name} ${problem}`);
  };
  if (input.kind === "chain") {
    check(input.chainPem, "certificate-chain");
    let blocks = input.chainPem.match(CERTIFICATE_BLOCK) ?? [];
    return { name: "certificate-chain input", rootsPem: blocks[blocks.length - 1] ?? "", intermediatesPem: blocks.slice(0, -1).join(`
`), ...options };
  }
  return check(input.rootsPem, "ca-roots"), input.intermediatesPem !== void 0 && check(input.intermediatesPem, "ca-intermediates"), {
    name: "ca-roots input",
    rootsPem: input.rootsPem,
    ...input.intermediatesPem !== void 0 && { intermediatesPem: input.intermediatesPem },
    ...options
  };
}
function ordinal(n) {
  let suffix = n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th";
  return `${n}${suffix}`;
}

export {
  certificatesProblem,
  inputAuthority
};
