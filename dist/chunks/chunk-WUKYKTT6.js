import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  C0_CONTROLS,
  DECEPTIVE,
  DEL_AND_C1_CONTROLS,
  LINE_SEPARATORS,
  characterClass,
  describeSigner,
  evaluate,
  evidenceKind,
  evidenceStatus,
  isEnforced,
  modeText,
  requirementStatus,
  sourceName,
  transparencyLogNote,
  truncate
} from "./chunk-YP3K6IST.js";
import {
  buildTrivyArgs,
  buildTrivyEnv,
  buildTrivyServerEnv
} from "./chunk-BMPABI3P.js";
import {
  registryClientOptions
} from "./chunk-7RPEFQVG.js";
import {
  SEVERITIES,
  isSeverity
} from "./chunk-4XS4QJKD.js";
import {
  JsonBytes,
  JsonSyntaxError,
  describeJsonSyntaxError
} from "./chunk-OAV25Q7R.js";
import {
  evaluateSignatures,
  isTrusted,
  withSignatures
} from "./chunk-C2FRMPVS.js";
import {
  MINIMUM_TRIVY_VERSION,
  runTrivy
} from "./chunk-VUPUF2OT.js";
import {
  normalizeRegistryHost
} from "./chunk-UKJDPQHB.js";
import {
  INPUT_LIMITS,
  readInputFile,
  readInputText
} from "./chunk-CBAA7TTF.js";
import {
  formatReference,
  parseImageReference,
  pinnedReference,
  repositoryName
} from "./chunk-LUCZD3HT.js";
import {
  configError,
  infrastructureError
} from "./chunk-QTDHMDYW.js";

// src/gate/acquire-scan.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { mkdir as mkdir2, rm as rm2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/trivy/identity.ts
function checkScannedIdentity(report, judged, label) {
  if (report.imageId === void 0)
    throw infrastructureError(
      `${label} names no image (Metadata.ImageID is missing), so it cannot be tied to the judged image ${judged.configDigest}; refusing its findings`
    );
  if (report.imageId !== judged.configDigest)
    throw infrastructureError(
      `${label} is about image ${shown(report.imageId)} (Metadata.ImageID), not the judged image ${judged.configDigest}; refusing its findings`
    );
  if (report.repoDigests.length === 0 && judged.requireRepoDigest === !0)
    throw infrastructureError(
      `${label} names no repository digest (Metadata.RepoDigests is empty), though Trivy always writes one for a registry image: it is not the report of a scan of the judged manifest ${judged.manifestDigest}; refusing its findings`
    );
  if (report.repoDigests.length === 0 || judged.manifestDigest === void 0) return;
  if (!report.repoDigests.map(digestPart).includes(judged.manifestDigest))
    throw infrastructureError(
      `${label} is about ${listed(report.repoDigests)} (Metadata.RepoDigests), not the judged manifest ${judged.manifestDigest}; refusing its findings`
    );
}
function judgeReportIdentity(report, namedDigest, label) {
  if (namedDigest === void 0) return "asserted";
  if (report.repoDigests.length > 0) {
    if (report.repoDigests.map(digestPart).includes(namedDigest)) return "verified";
    throw configError(
      `${label} is about ${listed(report.repoDigests)} (Metadata.RepoDigests), not ${namedDigest} named by the image input; give the report of that image, or the image that was scanned`
    );
  }
  return report.imageId === namedDigest ? "verified" : "asserted";
}
function digestPart(repoDigest) {
  let at = repoDigest.lastIndexOf("@");
  return at === -1 ? "" : repoDigest.slice(at + 1);
}
function listed(repoDigests) {
  let more = repoDigests.length > 3 ? ` and ${repoDigests.length - 3} more` : "";
  return `${repoDigests.slice(0, 3).map(shown).join(", ")}${more}`;
}
function shown(value) {
  return /^[A-Za-z0-9._:/@-]{1,300}$/.test(value) ? value : value.length > 100 ? `${JSON.stringify(value.slice(0, 100))}...` : JSON.stringify(value);
}

// src/trivy/report.ts
function parseTrivyReport(json, source) {
  let doc = new JsonBytes(typeof json == "string" ? Buffer.from(json, "utf8") : json);
  try {
    return new ReportReader(source, doc).read();
  } catch (error) {
    throw error instanceof JsonSyntaxError ? configError(`${source} is not valid JSON: ${describeJsonSyntaxError(error, doc)}`) : error;
  }
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function kindOf(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value == "object" ? "an object" : `a ${typeof value}`;
}
var OPEN_OBJECT = 123, OPEN_ARRAY = 91, HEADER_KEYS = /* @__PURE__ */ new Set(["Trivy", "CreatedAt", "ArtifactName", "ArtifactType", "Metadata"]), ReportReader = class {
  constructor(source, doc) {
    this.source = source;
    this.doc = doc;
  }
  source;
  doc;
  /** Cursor into the report, so paths are only built when an error needs one. */
  result = 0;
  list = "Vulnerabilities";
  item = 0;
  read() {
    let doc = this.doc, start = doc.firstValue();
    if (start === -1) throw configError(`${this.source} is empty: expected a Trivy JSON report`);
    if (doc.byteAt(start) !== OPEN_OBJECT) {
      let value = doc.parse(start, doc.length);
      throw configError(`${this.source} is not a Trivy JSON report: the top level is ${kindOf(value)}, expected an object`);
    }
    let header = {}, findings = [], schemaChecked = !1, deferredResults = -1, end = doc.members(start, (key, at) => {
      if (key === "Results")
        return schemaChecked ? this.readResults(at, findings) : (deferredResults = at, doc.skip(at));
      let { value, end: end2 } = doc.value(at);
      return key === "SchemaVersion" ? (this.checkSchema(value), schemaChecked = !0) : HEADER_KEYS.has(key) && (header[key] = value), end2;
    });
    doc.end(end), schemaChecked || this.checkSchema(void 0), deferredResults !== -1 && this.readResults(deferredResults, findings);
    let trivy = header.Trivy, report = {
      source: this.source,
      trivyVersion: isObject(trivy) ? this.optionalString(trivy.Version, "Trivy.Version") : void 0,
      createdAt: this.optionalString(header.CreatedAt, "CreatedAt"),
      artifactName: this.optionalString(header.ArtifactName, "ArtifactName") ?? "",
      artifactType: this.optionalString(header.ArtifactType, "ArtifactType") ?? "",
      os: void 0,
      imageId: void 0,
      diffIds: [],
      repoDigests: [],
      imageConfig: void 0,
      findings
    }, metadata = this.optionalObject(header.Metadata, "Metadata");
    return metadata && this.readMetadata(metadata, report), report;
  }
  checkSchema(schemaVersion) {
    if (schemaVersion === void 0)
      throw configError(`${this.source} is not a Trivy JSON report: SchemaVersion is missing (run Trivy with --format json)`);
    if (schemaVersion !== 2) {
      let found = typeof schemaVersion == "number" && Number.isInteger(schemaVersion) && Math.abs(schemaVersion) < 1e3 ? String(schemaVersion) : kindOf(schemaVersion);
      throw configError(`${this.source}: unsupported Trivy report SchemaVersion ${found}; only SchemaVersion 2 (Trivy 0.20 and later) is supported`);
    }
  }
  readMetadata(metadata, report) {
    let os = this.optionalObject(metadata.OS, "Metadata.OS");
    if (os) {
      let eosl = os.EOSL;
      report.os = {
        family: this.optionalString(os.Family, "Metadata.OS.Family") ?? "",
        name: this.optionalString(os.Name, "Metadata.OS.Name") ?? "",
        ...eosl === !0 ? { eosl: !0 } : {}
      };
    }
    report.imageId = this.optionalString(metadata.ImageID, "Metadata.ImageID") || void 0, report.diffIds = this.stringList(metadata.DiffIDs, "Metadata.DiffIDs"), report.repoDigests = this.stringList(metadata.RepoDigests, "Metadata.RepoDigests");
    let config = this.optionalObject(metadata.ImageConfig, "Metadata.ImageConfig");
    config && (report.imageConfig = this.readImageConfig(config));
  }
  /**
   * Older Trivy wrote an all-empty ImageConfig for non-image scans; treating that as "User is
   * empty, so root" would be a false finding, so only a config that describes an image counts.
   */
  readImageConfig(config) {
    let architecture = this.optionalString(config.architecture, "Metadata.ImageConfig.architecture") || void 0, os = this.optionalString(config.os, "Metadata.ImageConfig.os") || void 0, runtime = this.optionalObject(config.config, "Metadata.ImageConfig.config"), user = runtime ? this.optionalString(runtime.User, "Metadata.ImageConfig.config.User") : void 0;
    return !architecture && !os && user === void 0 ? void 0 : {
      // An image config without User runs as root; "" is how we say so.
      user: user ?? "",
      created: this.optionalString(config.created, "Metadata.ImageConfig.created") || void 0,
      architecture,
      os
    };
  }
  /** Returns the offset after the Results value. */
  readResults(at, findings) {
    let doc = this.doc;
    if (doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY) throw this.shapeError("Results", "must be an array", doc.value(at).value);
    return doc.elements(at, (r, resultAt) => {
      if (this.result = r, doc.byteAt(resultAt) !== OPEN_OBJECT)
        throw this.shapeError(`Results[${r}]`, "must be an object", doc.value(resultAt).value);
      let first = findings.length, target = "", targetClass = "", targetType, end = doc.members(resultAt, (key, valueAt) => {
        if (key === "Vulnerabilities" || key === "Secrets" || key === "Misconfigurations" || key === "Licenses")
          return this.readList(key, valueAt, findings);
        let { value, end: end2 } = doc.value(valueAt);
        return key === "Target" ? target = this.optionalString(value, `Results[${r}].Target`) ?? "" : key === "Class" ? targetClass = this.optionalString(value, `Results[${r}].Class`) ?? "" : key === "Type" && (targetType = this.optionalString(value, `Results[${r}].Type`) || void 0), end2;
      });
      for (let k = first; k < findings.length; k++) {
        let finding = findings[k];
        finding.target = target, finding.kind === "vulnerability" ? (finding.targetClass = targetClass, finding.targetType = targetType) : finding.kind === "misconfiguration" && (finding.targetType = targetType);
      }
      return end;
    });
  }
  readList(name, at, findings) {
    let doc = this.doc;
    if (this.list = name, doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY)
      throw this.shapeError(`Results[${this.result}].${name}`, "must be an array", doc.value(at).value);
    return doc.elements(at, (i, itemAt) => {
      this.item = i;
      let { value, end } = doc.value(itemAt), entry = this.entry(value);
      return findings.push(
        name === "Vulnerabilities" ? this.vulnerability(entry) : name === "Secrets" ? this.secret(entry) : name === "Misconfigurations" ? this.misconfiguration(entry) : this.license(entry)
      ), end;
    });
  }
  entry(value) {
    if (!isObject(value))
      throw this.shapeError(`Results[${this.result}].${this.list}[${this.item}]`, "must be an object", value);
    return value;
  }
  vulnerability(v) {
    let id = this.required(v, "VulnerabilityID");
    return {
      kind: "vulnerability",
      id,
      packageName: this.required(v, "PkgName"),
      packageId: this.optional(v, "PkgID") || void 0,
      purl: this.purl(v),
      packagePath: this.optional(v, "PkgPath") || void 0,
      installedVersion: this.optional(v, "InstalledVersion") ?? "",
      fixedVersion: this.optional(v, "FixedVersion") || void 0,
      status: this.optional(v, "Status") || void 0,
      severity: this.severity(v),
      cvss: this.cvss(v.CVSS),
      title: this.optional(v, "Title") || firstLine(this.optional(v, "Description")) || id,
      url: this.optional(v, "PrimaryURL") || void 0,
      layerDiffId: this.layer(v),
      target: "",
      targetClass: "",
      targetType: void 0
    };
  }
  /** Only metadata is copied: Code, Match and Offset hold or locate the secret itself. */
  secret(s) {
    let ruleId = this.required(s, "RuleID");
    return {
      kind: "secret",
      ruleId,
      category: this.optional(s, "Category") ?? "",
      severity: this.severity(s),
      title: this.optional(s, "Title") || ruleId,
      target: "",
      startLine: this.requiredLine(s, "StartLine"),
      endLine: this.requiredLine(s, "EndLine"),
      layerDiffId: this.layer(s)
    };
  }
  misconfiguration(m) {
    let id = this.required(m, "ID"), cause = m.CauseMetadata, causeObject = cause == null ? void 0 : this.object(cause, "CauseMetadata");
    return {
      kind: "misconfiguration",
      id,
      title: this.optional(m, "Title") || id,
      message: this.optional(m, "Message") ?? "",
      resolution: this.optional(m, "Resolution") || void 0,
      severity: this.severity(m),
      // Required: a check whose outcome we cannot read must not quietly count as passed.
      status: this.required(m, "Status"),
      url: this.optional(m, "PrimaryURL") || void 0,
      target: "",
      targetType: void 0,
      startLine: causeObject ? this.optionalLine(causeObject, "StartLine", "CauseMetadata.StartLine") : void 0,
      endLine: causeObject ? this.optionalLine(causeObject, "EndLine", "CauseMetadata.EndLine") : void 0,
      layerDiffId: this.layer(m)
    };
  }
  license(l) {
    let confidence = l.Confidence;
    if (confidence != null && typeof confidence != "number")
      throw this.itemError("Confidence", "must be a number", confidence);
    return {
      kind: "license",
      name: this.required(l, "Name"),
      // Required: deny-by-category policies act on it.
      category: this.required(l, "Category"),
      severity: this.severity(l),
      packageName: this.optional(l, "PkgName") ?? "",
      filePath: this.optional(l, "FilePath") || void 0,
      target: "",
      confidence: typeof confidence == "number" ? confidence : void 0,
      layerDiffId: this.layer(l)
    };
  }
  severity(item) {
    let value = item.Severity;
    if (isSeverity(value)) return value;
    throw value == null ? this.itemError("Severity", "is missing", void 0) : configError(
      `${this.source}: ${this.itemPath("Severity")} is ${kindOf(value)} that is not a severity; expected one of ${SEVERITIES.join(", ")}`
    );
  }
  /** The highest V3 score over all sources, else the highest V2, with the vector that goes with it. */
  cvss(value) {
    if (value == null) return;
    let sources = this.object(value, "CVSS"), best3, best2;
    for (let name in sources) {
      let entry = sources[name];
      if (!isObject(entry)) throw this.itemError(`CVSS.${name}`, "must be an object", entry);
      let v3 = entry.V3Score;
      if (v3 != null) {
        if (typeof v3 != "number") throw this.itemError(`CVSS.${name}.V3Score`, "must be a number", v3);
        v3 > 0 && (best3 === void 0 || v3 > best3.score) && (best3 = score(name, v3, entry.V3Vector));
      }
      let v2 = entry.V2Score;
      if (v2 != null) {
        if (typeof v2 != "number") throw this.itemError(`CVSS.${name}.V2Score`, "must be a number", v2);
        v2 > 0 && (best2 === void 0 || v2 > best2.score) && (best2 = score(name, v2, entry.V2Vector));
      }
    }
    return best3 ?? best2;
  }
  purl(item) {
    let identifier = item.PkgIdentifier;
    if (identifier != null)
      return this.optional(this.object(identifier, "PkgIdentifier"), "PURL", "PkgIdentifier.PURL") || void 0;
  }
  layer(item) {
    let layer = item.Layer;
    if (layer != null)
      return this.optional(this.object(layer, "Layer"), "DiffID", "Layer.DiffID") || void 0;
  }
  required(item, field) {
    let value = item[field];
    if (typeof value == "string" && value !== "") return value;
    throw value == null || value === "" ? this.itemError(field, "is missing", void 0) : this.itemError(field, "must be a string", value);
  }
  optional(item, field, path = field) {
    let value = item[field];
    if (typeof value == "string") return value;
    if (value != null)
      throw this.itemError(path, "must be a string", value);
  }
  requiredLine(item, field) {
    let value = item[field];
    if (typeof value == "number" && Number.isInteger(value)) return value;
    throw value == null ? this.itemError(field, "is missing", void 0) : this.itemError(field, "must be a whole number", value);
  }
  optionalLine(item, field, path) {
    let value = item[field];
    if (value != null) {
      if (typeof value == "number" && Number.isInteger(value)) return value > 0 ? value : void 0;
      throw this.itemError(path, "must be a whole number", value);
    }
  }
  object(value, path) {
    if (isObject(value)) return value;
    throw this.itemError(path, "must be an object", value);
  }
  optionalString(value, path) {
    if (typeof value == "string") return value;
    if (value != null)
      throw this.shapeError(path, "must be a string", value);
  }
  optionalObject(value, path) {
    if (value != null) {
      if (isObject(value)) return value;
      throw this.shapeError(path, "must be an object", value);
    }
  }
  stringList(value, path) {
    if (value == null) return [];
    if (!Array.isArray(value)) throw this.shapeError(path, "must be an array", value);
    for (let i = 0; i < value.length; i++)
      if (typeof value[i] != "string") throw this.shapeError(`${path}[${i}]`, "must be a string", value[i]);
    return value;
  }
  itemPath(field) {
    return `Results[${this.result}].${this.list}[${this.item}].${field}`;
  }
  itemError(field, problem, value) {
    return this.shapeError(this.itemPath(field), problem, value);
  }
  /** Values are described by type only: a malformed field could be the one holding secret text. */
  shapeError(path, problem, value) {
    let got = value === void 0 || problem === "is missing" ? "" : `, got ${kindOf(value)}`;
    return configError(`${this.source}: ${path} ${problem}${got}`);
  }
};
function score(source, value, vector) {
  return typeof vector == "string" && vector !== "" ? { source, score: value, vector } : { source, score: value };
}
function firstLine(text) {
  if (!text) return;
  let trimmed = text.trimStart(), end = trimmed.indexOf(`
`), line = (end === -1 ? trimmed : trimmed.slice(0, end)).trim();
  if (line !== "")
    return detach(line.length > 200 ? `${line.slice(0, 197)}...` : line);
}
function detach(slice) {
  return (" " + slice).slice(1);
}

// src/gate/trivy-scan.ts
import { randomUUID } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
var trivyQueue = Promise.resolve();
function oneTrivyAtATime(run) {
  let next = trivyQueue.then(run, run);
  return trivyQueue = next.catch(() => {
  }), next;
}
function scanWithTrivy(target, label, judged, config, environment, registryAccess = { insecure: !1 }) {
  return oneTrivyAtATime(() => scanNow(target, label, judged, config, environment, registryAccess));
}
async function scanNow(target, label, judged, config, environment, registryAccess) {
  let run = runState(environment), trivy = await locateOnce(run, config, environment);
  environment.logger.info(`Trivy ${trivy.version} (${trivy.source}): scanning ${label}`), await mkdir(config.tempDir, { recursive: !0 });
  let outputPath = join(config.tempDir, `trivy-${randomUUID()}.json`), cacheDir = environment.env.TRIVY_CACHE_DIR ?? join(homedir(), ".cache", "trivy"), dbCache = environment.actionsCache === !0 && config.trivy.cacheDb && !config.trivy.server ? await restoreDbOnce(run, cacheDir, environment) : void 0;
  try {
    let args = buildTrivyArgs({
      target,
      scanners: config.trivy.scanners,
      outputPath,
      cacheDir,
      ...config.trivy.server && { server: config.trivy.server },
      dbRepositories: config.trivy.dbRepositories,
      javaDbRepositories: config.trivy.javaDbRepositories,
      // Trivy stops itself after 5 minutes unless told otherwise; our own deadline is the one that counts.
      timeout: `${Math.ceil(config.trivy.timeoutMs / 1e3)}s`,
      insecure: registryAccess.insecure
    }), credential = registryAccess.credential;
    await runTrivy(trivy.binary, args, {
      env: {
        ...buildTrivyEnv(credential && { username: credential.username, password: credential.password }),
        ...config.trivy.serverToken && { TRIVY_TOKEN: config.trivy.serverToken },
        ...buildTrivyServerEnv(config.trivy.server)
      },
      timeoutMs: config.trivy.timeoutMs,
      logger: environment.logger
    });
    let scan = parseTrivyReport(
      await readInputFile(outputPath, { what: "Trivy report", maxBytes: INPUT_LIMITS.trivyReport }),
      `the Trivy report for ${label}`
    );
    return checkScannedIdentity(scan, judged, `The Trivy report for ${label}`), dbCache && await saveDbOnce(dbCache, cacheDir, environment), scan;
  } finally {
    await rm(outputPath, { force: !0 });
  }
}
var runs = /* @__PURE__ */ new WeakMap();
function runState(environment) {
  let state = runs.get(environment);
  return state === void 0 && (state = { trivy: /* @__PURE__ */ new Map(), dbCache: /* @__PURE__ */ new Map() }, runs.set(environment, state)), state;
}
function locateOnce(run, config, environment) {
  let key = JSON.stringify([config.trivy.path ?? "", config.trivy.version, config.tempDir]), located = run.trivy.get(key);
  return located === void 0 && (located = (async () => {
    let { locateTrivy } = await import("./install-GYYGMBM5.js");
    return locateTrivy({
      ...config.trivy.path && { path: config.trivy.path },
      version: config.trivy.version,
      minimumVersion: MINIMUM_TRIVY_VERSION,
      logger: environment.logger,
      tempDir: config.tempDir
    });
  })(), run.trivy.set(key, located)), located;
}
function restoreDbOnce(run, cacheDir, environment) {
  let cache = run.dbCache.get(cacheDir);
  cache === void 0 && (cache = { restored: import("./db-cache-VEBS6S7Y.js").then(({ restoreTrivyDb }) => restoreTrivyDb(cacheDir, environment.logger, environment.now())), saved: !1 }, run.dbCache.set(cacheDir, cache));
  let entry = cache;
  return entry.restored.then(() => entry);
}
async function saveDbOnce(cache, cacheDir, environment) {
  if (cache.saved) return;
  cache.saved = !0;
  let { saveTrivyDb } = await import("./db-cache-VEBS6S7Y.js");
  await saveTrivyDb(cacheDir, await cache.restored, environment.logger);
}

// src/gate/acquire-scan.ts
var DEFAULT_PLATFORM = "linux/amd64";
async function acquireScan(source, config, environment) {
  switch (source.kind) {
    case "report":
      return fromReportFile(source, environment);
    case "registry":
      return fromRegistry(source.reference, config, environment);
    case "docker":
      return fromDockerDaemon(source.reference, config, environment);
    case "input":
      return fromInputPath(source, config, environment);
  }
}
async function fromReportFile(source, environment) {
  let bytes = await readInputFile(source.path, { what: "Trivy report", maxBytes: INPUT_LIMITS.trivyReport }), scan = parseTrivyReport(bytes, source.path), subject = subjectOfUnpinned(scan, source.path, source.image, "report"), namedDigest = source.image === void 0 ? void 0 : parseImageReference(source.image).digest, identity = judgeReportIdentity(scan, namedDigest, `The report ${source.path}`);
  if (identity === "asserted") {
    let why = namedDigest === void 0 ? "the image input names no digest to check it against" : `it names no image digest that could confirm ${namedDigest} (no Metadata.RepoDigests)`;
    environment.logger.warning(`The report ${source.path} is taken at its word, not verified: ${why}`);
  }
  return { subject: { ...subject, identity }, scan };
}
async function pinRegistryImage(reference, config, environment) {
  let [{ RegistryClient }, { formatPlatform }] = await Promise.all([import("./client-WVC75Z5N.js"), import("./manifest-WHWGZYHZ.js")]), parsed = parseImageReference(reference), client = new RegistryClient(registryClientOptions(config, environment)), pinned = await client.pinManifests(parsed, config.platform ? { platform: config.platform } : { defaultPlatform: DEFAULT_PLATFORM }), platformManifest = pinned.platforms[0];
  if (!platformManifest || pinned.platforms.length !== 1)
    throw infrastructureError(`Could not choose one platform of ${formatReference(parsed)} to scan; name one with the platform input`);
  let listedAs = platformManifest.declared ? `${formatPlatform(platformManifest.declared)} ` : "";
  environment.logger.info(`Pinned ${formatReference(parsed)} to ${pinned.digest} (${listedAs}${platformManifest.digest})`);
  let configRead, platformImage = () => configRead ??= client.readPlatformImage(parsed, platformManifest);
  return { client, reference: pinned.reference, digest: pinned.digest, parsed, pinned, platformManifest, platformImage };
}
async function pinForSignatures(reference, config, environment) {
  let { RegistryClient } = await import("./client-WVC75Z5N.js"), parsed = parseImageReference(reference), client = new RegistryClient(registryClientOptions(config, environment)), resolved = await client.resolve(parsed), manifest = await client.getManifest(parsed, resolved.digest);
  return environment.logger.info(`Pinned ${formatReference(parsed)} to ${manifest.digest}`), { client, reference: { ...parsed, digest: manifest.digest }, digest: manifest.digest };
}
async function fromRegistry(reference, config, environment) {
  let image = await pinRegistryImage(reference, config, environment), { client, parsed, pinned } = image, platformImage = await image.platformImage();
  environment.logger.info(`Judging ${platformImage.platform} ${platformImage.digest} (config ${platformImage.configDigest})`);
  let pinnedRef = pinnedReference(parsed, pinned.digest), scannedRef = pinnedReference(parsed, platformImage.digest), credential = config.registry.credentials.find((item) => normalizeRegistryHost(item.registry) === parsed.registry), judged = { configDigest: platformImage.configDigest, manifestDigest: platformImage.digest, requireRepoDigest: !0 }, scanned = await scanWithTrivy({ kind: "image", reference: scannedRef }, scannedRef, judged, config, environment, {
    ...credential && { credential },
    insecure: client.isPlainHttp(parsed.registry)
  }), scan = {
    ...scanned,
    imageConfig: {
      ...scanned.imageConfig,
      user: platformImage.config.user ?? "",
      ...platformImage.config.created && { created: platformImage.config.created },
      architecture: platformImage.config.architecture,
      os: platformImage.config.os
    }
  };
  return {
    subject: { input: reference, repository: repositoryName(parsed), digest: pinned.digest, pinned: pinnedRef, identity: "verified" },
    scan,
    registryImage: image
  };
}
async function fromDockerDaemon(reference, config, environment) {
  let { exportDaemonImage } = await import("./daemon-OCGVFTB7.js"), parsed = parseImageReference(reference);
  await mkdir2(config.tempDir, { recursive: !0 });
  let archivePath = join2(config.tempDir, `image-gate-${randomUUID2()}.tar`);
  try {
    let exported = await exportDaemonImage(reference, archivePath, {
      ...config.dockerHost && { dockerHost: config.dockerHost },
      logger: environment.logger
    });
    environment.logger.info(`Exported ${reference} (image ${exported.imageId}) from the Docker daemon`);
    let judged = { configDigest: exported.configDigest }, scanned = await scanWithTrivy({ kind: "archive", path: archivePath }, reference, judged, config, environment), scan = { ...scanned, imageConfig: { ...scanned.imageConfig, user: exported.user ?? "" } };
    return {
      subject: {
        input: reference,
        repository: repositoryName(parsed),
        digest: exported.imageId,
        pinned: `${repositoryName(parsed)}@${exported.imageId}`,
        identity: "verified"
      },
      scan
    };
  } finally {
    await rm2(archivePath, { force: !0 });
  }
}
async function fromInputPath(source, config, environment) {
  let { pinLocalImage } = await import("./pin-C42GSMXM.js"), pinned = await pinLocalImage(source.path);
  environment.logger.info(`Pinned ${source.path} (${pinned.format}) to ${pinned.digest}`);
  let target = pinned.format === "oci-layout" ? { kind: "layout", path: source.path } : { kind: "archive", path: source.path }, judged = {
    configDigest: pinned.configDigest,
    ...pinned.format !== "docker-archive" && { manifestDigest: pinned.digest }
  }, scanned = await scanWithTrivy(target, source.path, judged, config, environment), scan = { ...scanned, imageConfig: { ...scanned.imageConfig, user: pinned.user } }, named = subjectOfUnpinned(scan, source.path, source.image, pinned.format === "oci-layout" ? "layout" : "archive");
  return { subject: { ...named, digest: pinned.digest, pinned: `${named.repository}@${pinned.digest}`, identity: "verified" }, scan };
}
function subjectOfUnpinned(scan, input, image, kind) {
  let candidates = [image, scan.repoDigests[0], looksLikeFile(scan.artifactName) ? void 0 : scan.artifactName];
  for (let candidate of candidates)
    if (candidate !== void 0)
      try {
        let parsed = parseImageReference(candidate);
        return {
          input,
          repository: repositoryName(parsed),
          ...parsed.digest && { digest: parsed.digest },
          pinned: parsed.digest ? pinnedReference(parsed, parsed.digest) : formatReference(parsed),
          file: { kind, path: input, image: candidate }
        };
      } catch (error) {
        if (candidate === image) throw error;
      }
  return { input, repository: scan.artifactName || input, pinned: scan.artifactName || input, file: { kind, path: input } };
}
function looksLikeFile(name) {
  return /^(\.{0,2}\/|[A-Za-z]:\\)/.test(name) || /\.(tar|tgz|tar\.gz|json|sbom|cdx)$/i.test(name);
}

// src/gate/gate-image.ts
import { relative } from "node:path";

// src/core/base-gate.ts
var NEWER_TAGS_NAMED = 3;
function evaluateBase(checks, facts, policy) {
  let judged = [...checks, ...missingChecks(checks, facts, policy)].map((check) => ({ ...check, effect: effectOf(check, policy) })), violations = judged.filter((check) => check.effect === "fail").map((check) => ({ rule: "base-image", message: violationMessage(check), count: 0 }));
  return {
    checks: judged,
    ...facts !== void 0 && { facts },
    violations,
    advice: baseAdvice(facts, void 0)
  };
}
function withBaseImage(verdict, base) {
  let violations = [...verdict.violations.filter((v) => v.rule !== "base-image"), ...base.violations], outcome = violations.length > 0 ? "fail" : "pass", baseImage = {
    ...base,
    ...verdict.attribution !== void 0 && { attribution: verdict.attribution },
    advice: baseAdvice(base.facts, verdict.attribution)
  };
  return { ...verdict, violations, outcome, failsStep: outcome === "fail" && verdict.mode === "enforce", baseImage };
}
function ruleLevel(rule, policy) {
  switch (rule) {
    case "pinned":
      return policy.pinned;
    case "approved":
      return policy.allow.length > 0 || policy.deny.length > 0 ? "fail" : "off";
    case "signed":
      return policy.signed.mode === "required" ? "fail" : policy.signed.mode === "optional" ? "warn" : "off";
    case "current":
      return policy.maxAgeDays === void 0 ? "warn" : "fail";
    case "proven":
    case "provenance":
      return policy.proven;
  }
}
function effectOf(check, policy) {
  let level = ruleLevel(check.rule, policy);
  if (level === "off") return "off";
  switch (check.status) {
    case "pass":
      return "pass";
    case "fail":
      return level;
    case "unknown":
      return level === "fail" ? policy.unknown : "warn";
  }
}
function missingChecks(checks, facts, policy) {
  if (facts === void 0) return [];
  let present = new Set(checks.map((check) => check.rule)), required = [];
  return policy.signed.mode !== "off" && required.push("signed"), policy.proven !== "off" && required.push("proven"), required.filter((rule) => !present.has(rule)).map((rule) => ({
    rule,
    status: "unknown",
    line: facts.line,
    image: facts.written,
    message: `the ${rule} rule was not checked for the base image ${facts.written}`
  }));
}
function violationMessage(check) {
  let what = check.status === "unknown" ? `could not be checked (${check.message})` : check.message, suggestion = check.suggestion === void 0 ? "" : `; ${check.suggestion}`;
  return `Dockerfile line ${check.line}: base image ${check.image}: ${check.rule}: ${what}${suggestion}`;
}
function baseAdvice(facts, attribution) {
  if (facts === void 0) return [];
  let advice = [], inherited = attribution === void 0 ? 0 : SEVERITIES.reduce((sum, s) => sum + attribution.inherited[s], 0), fixable = attribution?.inheritedFixable ?? 0, newer = facts.newerTags.slice(0, NEWER_TAGS_NAMED), others = facts.newerTags.length - newer.length, newerText = `${newer.join(", ")}${others > 0 ? ` and ${others} more` : ""}`;
  if (inherited > 0) {
    let brings = inherited === 1 ? `1 inherited vulnerability, ${fixable === 1 ? "with" : "without"} a fix, comes` : `${inherited} inherited vulnerabilities, ${fixable === 0 ? "none" : fixable} of them with a fix, come`, update = newer.length > 0 ? `; updating the base to ${newer[0] ?? ""} may fix them (newer tags of the same line: ${newerText})` : fixable > 0 ? "; rebuilding on a freshly pulled base may fix those with a fix" : "";
    advice.push(`${brings} from the base image ${facts.written}${update}`);
  } else newer.length > 0 && advice.push(`newer tags of the base image ${facts.written} exist: ${newerText}`);
  return advice;
}

// src/gate/gate-image.ts
async function gateImage(config, source, environment) {
  let { policy, origin } = await judgingPolicy(config, environment), analysis = config.dockerfile ? await readDockerfile(config.dockerfile, config.buildArgs, environment.workspace) : void 0, finalStage = analysis?.stages[analysis.finalStage], dockerfile = analysis && finalStage ? { path: analysis.path, finalFromLine: finalStage.line } : void 0, { subject, scan, registryImage } = await acquireScan(source, config, environment), signatures = policy.signatures.mode === "off" ? void 0 : registryImage === void 0 ? (
    // Images that are not in a registry have nowhere to carry signatures: with signatures required, a failed requirement.
    evaluateSignatures([], [`signatures are looked up in a registry, and the ${source.kind} image source has none`], policy.signatures)
  ) : await (await import("./verify-signatures-OVD4RBFU.js")).verifySignatures(registryImage, policy.signatures, config, environment), platformImage = await registryImage?.platformImage(), base = analysis ? await (await import("./base-image-NGLIVBNG.js")).checkBaseImage(
    analysis,
    policy.baseImage,
    policy.signatures,
    {
      platform: platformImage?.platform ?? platformOf(scan),
      diffIds: platformImage?.config.diffIds ?? scan.diffIds,
      ...registryImage && platformImage && { labels: platformImage.config.labels, registry: registryImage },
      attestations: signatures?.results ?? []
    },
    config,
    environment
  ) : void 0, verdict = evaluate(scan, policy, environment.now(), { ...base?.facts?.diffIds && { baseDiffIds: base.facts.diffIds } });
  return signatures && (verdict = withSignatures(verdict, signatures)), base && (verdict = withBaseImage(verdict, evaluateBase(base.checks, base.facts, policy.baseImage))), { subject, scan, verdict, ...dockerfile && { dockerfile }, policy: origin };
}
function platformOf(scan) {
  let config = scan.imageConfig;
  return config?.os && config.architecture ? `${config.os}/${config.architecture}` : "linux/amd64";
}
async function loadPolicy(config, environment) {
  return (await judgingPolicy(config, environment)).policy;
}
async function judgingPolicy(config, environment) {
  let [{ buildPolicy }, { loadJudgingPolicy }] = await Promise.all([import("./load-4T3476D7.js"), import("./policy-source-34AKGWPX.js")]), { file, source, origin, overrides } = await loadJudgingPolicy(config, environment);
  return { policy: buildPolicy(file, overrides, source), origin };
}
async function readDockerfile(path, buildArgs, workspace) {
  let text = await readInputText(path.startsWith("/") ? path : `${workspace}/${path}`, { what: "Dockerfile", maxBytes: INPUT_LIMITS.dockerfile }), { analyzeDockerfile } = await import("./analyze-NPLCRYLK.js");
  return analyzeDockerfile(text, displayPath(path, workspace), buildArgs);
}
function displayPath(path, workspace) {
  if (!path.startsWith("/")) return path;
  let inside = relative(workspace, path);
  return inside.startsWith("..") ? path : inside;
}

// src/report/log-text.ts
var MAYBE_IGNORED = "[^\\x20-\\x7e]", LEGACY_MARK = new RegExp(`#(?=${MAYBE_IGNORED}*#${MAYBE_IGNORED}*\\[)`, "g"), V2_MARK = new RegExp(`^([^\\x21-\\x7e]*:)(?=${MAYBE_IGNORED}*:)`), ESCAPE_SEQUENCE = new RegExp(
  [
    "(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]?",
    "(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d\\x9e\\x9f])[^\\x07\\x1b\\x9c\\n\\r]*(?:\\x07|\\x1b\\\\|\\x9c)?",
    "\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]?"
  ].join("|"),
  "g"
), CONTROL = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, DECEPTIVE], "g", { except: "\\t\\n" }), SEPARATOR = characterClass([LINE_SEPARATORS], "g"), LINE_BREAK = /\r\n?|\n/g, unchanged = (text) => text;
function plainText(text) {
  return text.replace(LINE_BREAK, `
`).replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "").replace(SEPARATOR, " ");
}
function neutraliseLine(line) {
  return line.replace(V2_MARK, "$1 ").replace(LEGACY_MARK, "# ");
}
function logText(text, redact = unchanged) {
  return redact(plainText(text)).split(`
`).map(neutraliseLine).join(`
`);
}
var BREAKS_AND_CONTROLS = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, DECEPTIVE, LINE_SEPARATORS], "g", { runs: !0 });
function oneLine(untrusted, maxLength) {
  let line = (untrusted ?? "").replace(ESCAPE_SEQUENCE, "").replace(BREAKS_AND_CONTROLS, " ").trim();
  return maxLength === void 0 ? line : truncate(line, maxLength);
}
var JSON_UNSAFE = characterClass([DEL_AND_C1_CONTROLS, DECEPTIVE, LINE_SEPARATORS], "g"), unicodeEscape = (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
function jsonText(value) {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, unicodeEscape).replace(LEGACY_MARK, "\\u0023");
}
function commandsStopped(text, token) {
  if (!/^[a-z0-9]{16,}$/i.test(token)) throw new Error("the stop-commands token must be 16 or more letters and digits");
  return `::stop-commands::${token}
${text}
::${token}::`;
}

// src/report/table-signatures.ts
var LOG_EVIDENCE_LIMIT = 20;
function signatureLines(signatures) {
  if (signatures === void 0) return [];
  let lines = [`  Signatures and attestations (mode: ${modeText(signatures.mode)}):`];
  for (let requirement of signatures.requirements) {
    let mark = requirement.satisfied ? "OK  " : isEnforced(requirement, signatures) ? "FAIL" : "WARN";
    lines.push(`    ${mark} ${oneLine(requirement.description, 200)}: ${oneLine(requirementStatus(requirement), 400)}`);
  }
  let { results, problems } = signatures;
  results.length === 0 ? lines.push("    No signatures or attestations were found.") : lines.push(`    Found (${results.length}):`);
  for (let r of results.slice(0, LOG_EVIDENCE_LIMIT)) {
    let note = isTrusted(r) ? transparencyLogNote(r) : evidenceStatus(r);
    lines.push(
      `      - ${isTrusted(r) ? "verified" : "REJECTED"}  ${oneLine(evidenceKind(r), 80)}  in ${oneLine(`${sourceName(r.source)}: ${r.location}`, 200)}`,
      `        signed by ${oneLine(describeSigner(r.signer), 200)}${note === void 0 ? "" : `; ${oneLine(note, 300)}`}`
    );
  }
  if (results.length > LOG_EVIDENCE_LIMIT && lines.push(`      \u2026 and ${results.length - LOG_EVIDENCE_LIMIT} more (see the job summary or image-gate-result.json)`), problems.length > 0) {
    lines.push(`    Problems while looking (${problems.length}):`);
    for (let problem of problems.slice(0, LOG_EVIDENCE_LIMIT)) lines.push(`      - ${oneLine(problem, 300)}`);
    problems.length > LOG_EVIDENCE_LIMIT && lines.push(`      \u2026 and ${problems.length - LOG_EVIDENCE_LIMIT} more`);
  }
  return lines;
}

export {
  pinForSignatures,
  gateImage,
  loadPolicy,
  plainText,
  logText,
  oneLine,
  jsonText,
  commandsStopped,
  signatureLines
};
