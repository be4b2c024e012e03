import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  external_exports
} from "./chunk-VF2KQCP3.js";
import {
  INPUT_LIMITS,
  parseJsonDocument,
  readInputFile
} from "./chunk-ELAGO25P.js";
import {
  configError
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/adapters/vex/openvex.ts
var JUSTIFICATIONS = [
  "component_not_present",
  "vulnerable_code_not_present",
  "vulnerable_code_not_in_execute_path",
  "vulnerable_code_cannot_be_controlled_by_adversary",
  "inline_mitigations_already_exist"
], identifiers = external_exports.object({ purl: external_exports.string().min(1).optional() }).loose(), subcomponent = external_exports.object({ "@id": external_exports.string().min(1).optional(), identifiers: identifiers.optional() }).loose(), component = subcomponent.extend({ subcomponents: external_exports.array(subcomponent).optional() }), timestamp = external_exports.iso.datetime({ offset: !0 }), statement = external_exports.object({
  vulnerability: external_exports.object({ name: external_exports.string().min(1), aliases: external_exports.array(external_exports.string().min(1)).optional() }).loose(),
  products: external_exports.array(component).optional(),
  status: external_exports.enum(["not_affected", "affected", "fixed", "under_investigation"]),
  justification: external_exports.enum(JUSTIFICATIONS).optional(),
  impact_statement: external_exports.string().optional(),
  timestamp: timestamp.optional(),
  author: external_exports.string().optional()
}).loose().superRefine((value, context) => {
  value.status === "not_affected" && value.justification === void 0 && !value.impact_statement && context.addIssue({ code: "custom", path: ["justification"], message: "a not_affected statement needs a justification or an impact_statement" });
}), document = external_exports.object({
  "@context": external_exports.string().regex(/^https:\/\/openvex\.dev\/ns(\/v0\.2\.0)?$/, "must be https://openvex.dev/ns/v0.2.0"),
  author: external_exports.string().min(1),
  timestamp,
  version: external_exports.number().int().min(1),
  statements: external_exports.array(statement).min(1)
}).loose();
function parseOpenVex(data, file) {
  let result = document.safeParse(data);
  if (!result.success) {
    let [issue] = result.error.issues, field = issue === void 0 || issue.path.length === 0 ? "(document)" : issue.path.map(String).join(".");
    throw configError(`VEX document ${file}: field ${field}: ${issue?.message ?? "invalid"}`);
  }
  let parsed = result.data;
  return parsed.statements.map((item) => {
    let products = (item.products ?? []).map((product) => ({
      ...optionalPurl(product),
      subcomponents: (product.subcomponents ?? []).flatMap((sub) => {
        let { purl } = optionalPurl(sub);
        return purl === void 0 ? [] : [purl];
      })
    }));
    return {
      vulnerability: { name: item.vulnerability.name, aliases: item.vulnerability.aliases ?? [] },
      products,
      status: item.status,
      ...item.justification !== void 0 && { justification: item.justification },
      ...item.impact_statement && { impactStatement: item.impact_statement },
      author: item.author ?? parsed.author,
      document: file,
      timestamp: item.timestamp ?? parsed.timestamp
    };
  });
}
function optionalPurl(component2) {
  let id = component2["@id"];
  if (id?.startsWith("pkg:")) return { purl: id };
  let purl = component2.identifiers?.purl;
  return purl === void 0 ? {} : { purl };
}

// src/adapters/vex/read.ts
async function readVexStatements(files) {
  let statements = [];
  for (let file of files) {
    let bytes = await readInputFile(file.path, { what: "VEX document", maxBytes: INPUT_LIMITS.vex }), data = parseJsonDocument(bytes, `VEX document ${file.display}`), format = vexFormat(data);
    if (format !== "openvex") throw configError(`VEX document ${file.display}: unsupported VEX format (${format}); only OpenVEX v0.2.0 is read`);
    statements.push(...parseOpenVex(data, file.display));
  }
  return statements;
}
function vexFormat(data) {
  if (typeof data != "object" || data === null || Array.isArray(data)) return "not a JSON object";
  let record = data, context = record["@context"];
  if (typeof context == "string" && context.startsWith("https://openvex.dev/ns")) return "openvex";
  if (record.bomFormat === "CycloneDX") return "CycloneDX";
  let csaf = record.document;
  return typeof csaf == "object" && csaf !== null && "csaf_version" in csaf ? "CSAF" : "no OpenVEX @context";
}
export {
  readVexStatements
};
