import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  MINIMUM_TRIVY_VERSION,
  trivyVersion
} from "./chunk-F2F4G3SM.js";
import {
  COMPROMISED_VERSIONS,
  DEFAULT_TRIVY_VERSION,
  TRIVY_VERSION_FROM_PATH
} from "./chunk-MAU7Y6NY.js";
import {
  HttpClient,
  cp,
  debug,
  exec,
  info,
  isDebug,
  mkdirP,
  rmRF
} from "./chunk-TF4FD5WS.js";
import {
  require_semver
} from "./chunk-OCHOTNP6.js";
import "./chunk-I7O7NM34.js";
import {
  configError,
  errorMessage,
  infrastructureError
} from "./chunk-YQNRIA6J.js";
import {
  __toESM
} from "./chunk-AWIWLHBC.js";

// src/adapters/trivy/install.ts
import { createHash } from "node:crypto";
import { constants, createReadStream, rmSync } from "node:fs";
import { access, lstat, mkdir, mkdtemp, open, readFile, rm, stat, writeFile } from "node:fs/promises";
import { arch as osArch } from "node:os";
import { delimiter, join as join2 } from "node:path";

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver2 = __toESM(require_semver(), 1);
import * as stream from "stream";
import * as util from "util";
import { ok } from "assert";

// node_modules/@actions/tool-cache/lib/retry-helper.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}, RetryHelper = class {
  constructor(maxAttempts, minSeconds, maxSeconds) {
    if (maxAttempts < 1)
      throw new Error("max attempts should be greater than or equal to 1");
    if (this.maxAttempts = maxAttempts, this.minSeconds = Math.floor(minSeconds), this.maxSeconds = Math.floor(maxSeconds), this.minSeconds > this.maxSeconds)
      throw new Error("min seconds should be less than or equal to max seconds");
  }
  execute(action, isRetryable) {
    return __awaiter(this, void 0, void 0, function* () {
      let attempt = 1;
      for (; attempt < this.maxAttempts; ) {
        try {
          return yield action();
        } catch (err) {
          if (isRetryable && !isRetryable(err))
            throw err;
          info(err.message);
        }
        let seconds = this.getSleepAmount();
        info(`Waiting ${seconds} seconds before trying again`), yield this.sleep(seconds), attempt++;
      }
      return yield action();
    });
  }
  getSleepAmount() {
    return Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) + this.minSeconds;
  }
  sleep(seconds) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => setTimeout(resolve, seconds * 1e3));
    });
  }
};

// node_modules/@actions/tool-cache/lib/tool-cache.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}, HTTPError = class extends Error {
  constructor(httpStatusCode) {
    super(`Unexpected HTTP response: ${httpStatusCode}`), this.httpStatusCode = httpStatusCode, Object.setPrototypeOf(this, new.target.prototype);
  }
}, IS_WINDOWS = process.platform === "win32", IS_MAC = process.platform === "darwin", userAgent = "actions/tool-cache";
function downloadTool(url, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    dest = dest || path.join(_getTempDirectory(), crypto.randomUUID()), yield mkdirP(path.dirname(dest)), debug(`Downloading ${url}`), debug(`Destination ${dest}`);
    let maxAttempts = 3, minSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS", 10), maxSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS", 20);
    return yield new RetryHelper(maxAttempts, minSeconds, maxSeconds).execute(() => __awaiter2(this, void 0, void 0, function* () {
      return yield downloadToolAttempt(url, dest || "", auth, headers);
    }), (err) => !(err instanceof HTTPError && err.httpStatusCode && err.httpStatusCode < 500 && err.httpStatusCode !== 408 && err.httpStatusCode !== 429));
  });
}
function downloadToolAttempt(url, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (fs.existsSync(dest))
      throw new Error(`Destination file path ${dest} already exists`);
    let http = new HttpClient(userAgent, [], {
      allowRetries: !1
    });
    auth && (debug("set auth"), headers === void 0 && (headers = {}), headers.authorization = auth);
    let response = yield http.get(url, headers);
    if (response.message.statusCode !== 200) {
      let err = new HTTPError(response.message.statusCode);
      throw debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`), err;
    }
    let pipeline2 = util.promisify(stream.pipeline), readStream = _getGlobal("TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY", () => response.message)(), succeeded = !1;
    try {
      return yield pipeline2(readStream, fs.createWriteStream(dest)), debug("download complete"), succeeded = !0, dest;
    } finally {
      if (!succeeded) {
        debug("download failed");
        try {
          yield rmRF(dest);
        } catch (err) {
          debug(`Failed to delete '${dest}'. ${err.message}`);
        }
      }
    }
  });
}
function extractTar(file_1, dest_1) {
  return __awaiter2(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file)
      throw new Error("parameter 'file' is required");
    dest = yield _createExtractFolder(dest), debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: !0,
      silent: !0,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    }), debug(versionOutput.trim());
    let isGnuTar = versionOutput.toUpperCase().includes("GNU TAR"), args;
    flags instanceof Array ? args = flags : args = [flags], isDebug() && !flags.includes("v") && args.push("-v");
    let destArg = dest, fileArg = file;
    return IS_WINDOWS && isGnuTar && (args.push("--force-local"), destArg = dest.replace(/\\/g, "/"), fileArg = file.replace(/\\/g, "/")), isGnuTar && (args.push("--warning=no-unknown-keyword"), args.push("--overwrite")), args.push("-C", destArg, "-f", fileArg), yield exec("tar", args), dest;
  });
}
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (version = semver2.clean(version) || version, arch2 = arch2 || os.arch(), debug(`Caching tool ${tool} ${version} ${arch2}`), debug(`source dir: ${sourceDir}`), !fs.statSync(sourceDir).isDirectory())
      throw new Error("sourceDir is not a directory");
    let destPath = yield _createToolPath(tool, version, arch2);
    for (let itemName of fs.readdirSync(sourceDir)) {
      let s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: !0 });
    }
    return _completeToolPath(tool, version, arch2), destPath;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName)
    throw new Error("toolName parameter is required");
  if (!versionSpec)
    throw new Error("versionSpec parameter is required");
  if (arch2 = arch2 || os.arch(), !isExplicitVersion(versionSpec)) {
    let localVersions = findAllVersions(toolName, arch2);
    versionSpec = evaluateVersions(localVersions, versionSpec);
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    let cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`), fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`) ? (debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`), toolPath = cachePath) : debug("not found");
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  let versions = [];
  arch2 = arch2 || os.arch();
  let toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    let children = fs.readdirSync(toolPath);
    for (let child of children)
      if (isExplicitVersion(child)) {
        let fullPath = path.join(toolPath, child, arch2 || "");
        fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`) && versions.push(child);
      }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    return dest || (dest = path.join(_getTempDirectory(), crypto.randomUUID())), yield mkdirP(dest), dest;
  });
}
function _createToolPath(tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    let folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    let markerPath = `${folderPath}.complete`;
    return yield rmRF(folderPath), yield rmRF(markerPath), yield mkdirP(folderPath), folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  let markerPath = `${path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "")}.complete`;
  fs.writeFileSync(markerPath, ""), debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  let c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  let valid2 = semver2.valid(c) != null;
  return debug(`explicit? ${valid2}`), valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`), versions = versions.sort((a, b) => semver2.gt(a, b) ? 1 : -1);
  for (let i = versions.length - 1; i >= 0; i--) {
    let potential = versions[i];
    if (semver2.satisfies(potential, versionSpec)) {
      version = potential;
      break;
    }
  }
  return version ? debug(`matched: ${version}`) : debug("match not found"), version;
}
function _getCacheDirectory() {
  let cacheDirectory = process.env.RUNNER_TOOL_CACHE || "";
  return ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined"), cacheDirectory;
}
function _getTempDirectory() {
  let tempDirectory = process.env.RUNNER_TEMP || "";
  return ok(tempDirectory, "Expected RUNNER_TEMP to be defined"), tempDirectory;
}
function _getGlobal(key, defaultValue) {
  let value = global[key];
  return value !== void 0 ? value : defaultValue;
}

// src/adapters/trivy/install.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/adapters/trivy/trivy-on-path.ts
var import_semver = __toESM(require_semver(), 1);
function chooseTrivyOnPath(found, wanted, minimum) {
  let version = normaliseVersion(found);
  if (isCompromisedRelease(version)) return { use: !1, why: "a known malicious release", malicious: !0 };
  if (wanted === TRIVY_VERSION_FROM_PATH) {
    if (minimum === void 0) return { use: !0, why: "trivy-version is path" };
    let parsed = import_semver.default.valid(import_semver.default.coerce(version));
    return parsed ? import_semver.default.lt(parsed, minimum) ? { use: !1, why: `older than ${minimum}, the oldest release whose reports the gate reads`, malicious: !1 } : { use: !0, why: "trivy-version is path" } : { use: !1, why: `not a version that can be compared with the minimum ${minimum}`, malicious: !1 };
  }
  return version === normaliseVersion(wanted) ? { use: !0, why: "the pinned version" } : { use: !1, why: `not the pinned ${wanted}`, malicious: !1 };
}
function isCompromisedRelease(version) {
  let release = import_semver.default.coerce(version)?.version;
  return release !== void 0 && COMPROMISED_VERSIONS.has(release);
}
function normaliseVersion(version) {
  return version.trim().replace(/^v/, "");
}

// src/adapters/trivy/install.ts
var DEFAULT_TRIVY_RELEASES_BASE_URL = "https://github.com/aquasecurity/trivy/releases/download", KNOWN_ARCHIVE_SHA256 = {
  "0.74.0": {
    "trivy_0.74.0_Linux-64bit.tar.gz": "2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a",
    "trivy_0.74.0_Linux-ARM64.tar.gz": "b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5",
    "trivy_0.74.0_macOS-64bit.tar.gz": "472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485",
    "trivy_0.74.0_macOS-ARM64.tar.gz": "1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11"
  }
}, INSTALL_RECORD = ".image-gate-install.json", INSTALL_RECORD_MAX_BYTES = 4096;
async function locateTrivy(options) {
  let { logger } = options;
  if (options.path) return useInput(options.path, options);
  if (options.version === TRIVY_VERSION_FROM_PATH) return useWhateverIsOnPath(options);
  let version = cleanVersion(options.version, "Trivy version"), onPath = await findOnPath("trivy", options.searchPath);
  if (onPath) {
    let found = await trivyVersion(onPath, options.baseEnv).catch((error) => {
      logger.warning(`Ignoring ${onPath}: ${errorMessage(error)}`);
    });
    if (found !== void 0) {
      let choice = chooseTrivyOnPath(found, version);
      if (choice.use)
        return logger.info(`Using Trivy ${found} from PATH (${onPath}): ${choice.why}`), { binary: onPath, version: found, source: "path" };
      let note = `Not using ${onPath}: Trivy ${found}, ${choice.why}; installing Trivy ${version}`;
      choice.malicious ? logger.warning(note) : logger.info(note);
    }
  }
  let cached = find("trivy", version, osArch());
  if (cached) {
    let copy = await privateVerifiedCopy(cached, version, options);
    if ("binary" in copy) {
      let found = await trivyVersion(copy.binary, options.baseEnv);
      return logger.info(
        `Using Trivy ${found} from the tool cache (${join2(cached, "trivy")}), verified against its install record, run from a private copy (${copy.binary})`
      ), { binary: copy.binary, version: found, source: "cache" };
    }
    logger.warning(`Not using the cached Trivy ${join2(cached, "trivy")}: ${copy.problem}; downloading a verified copy instead`);
  }
  return download(version, options);
}
async function privateVerifiedCopy(dir, version, options) {
  let folder = await privateFolder(options.tempDir), binary = join2(folder, "trivy"), asset = releaseAssetName(version, process.platform, process.arch), binarySha256 = await copyHashing(join2(dir, "trivy"), binary).catch(async (error) => {
    await rm(folder, { recursive: !0, force: !0 });
    let reason = errorMessage(error);
    throw infrastructureError(`Could not copy the cached Trivy ${join2(dir, "trivy")} to ${folder} to run it: ${reason}`, error);
  }), problem = binarySha256 === void 0 ? "the entry has no trivy executable" : installRecordProblem(await readInstallRecord(dir), { binarySha256, asset, knownArchiveSha256: KNOWN_ARCHIVE_SHA256[version]?.[asset] });
  return problem !== void 0 ? (await rm(folder, { recursive: !0, force: !0 }), { problem }) : { binary };
}
async function privateFolder(parent) {
  await mkdir(parent, { recursive: !0 });
  let info2 = await lstat(parent), uid = process.getuid?.(), othersCanRename = (info2.mode & 18) !== 0 && (info2.mode & 512) === 0;
  if (!info2.isDirectory() || uid !== void 0 && info2.uid !== uid && info2.uid !== 0 || othersCanRename)
    throw infrastructureError(
      `The temporary folder ${parent} is not private (owned by uid ${info2.uid}, mode ${(info2.mode & 4095).toString(8)}), so a verified Trivy copied there could be replaced before it runs`
    );
  let folder = await mkdtemp(join2(parent, "image-gate-trivy-"));
  return removeAtExit(folder), folder;
}
var foldersToRemove = /* @__PURE__ */ new Set();
function removeAtExit(folder) {
  foldersToRemove.size === 0 && process.once("exit", () => {
    for (let path2 of foldersToRemove) rmSync(path2, { recursive: !0, force: !0 });
  }), foldersToRemove.add(folder);
}
async function copyHashing(source, target) {
  let input = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => {
  });
  if (input !== void 0)
    try {
      if (!(await input.stat()).isFile()) return;
      let output = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 448);
      try {
        let hash = createHash("sha256"), buffer = Buffer.allocUnsafe(1 << 20);
        for (; ; ) {
          let { bytesRead } = await input.read(buffer, 0, buffer.length, null);
          if (bytesRead === 0) break;
          let chunk = buffer.subarray(0, bytesRead);
          hash.update(chunk);
          for (let written = 0; written < chunk.length; )
            written += (await output.write(chunk, written, chunk.length - written)).bytesWritten;
        }
        return await output.chmod(448), hash.digest("hex");
      } finally {
        await output.close();
      }
    } finally {
      await input.close();
    }
}
async function readInstallRecord(dir) {
  let path2 = join2(dir, INSTALL_RECORD), info2 = await lstat(path2).catch(() => {
  });
  if (!(!info2?.isFile() || info2.size > INSTALL_RECORD_MAX_BYTES))
    return readFile(path2, "utf8").catch(() => {
    });
}
function installRecordProblem(recordText, now) {
  if (recordText === void 0) return `it has no install record (${INSTALL_RECORD}), so it cannot be shown to be the binary image-gate verified`;
  let record = parseInstallRecord(recordText);
  if (!record) return `its install record ${INSTALL_RECORD} is not valid`;
  if (record.archive !== now.asset) return `its install record is for ${record.archive}, not ${now.asset}`;
  if (now.knownArchiveSha256 !== void 0 && record.archiveSha256 !== now.knownArchiveSha256)
    return `it was installed from an archive hashing to ${record.archiveSha256}, but ${now.asset} is known to be ${now.knownArchiveSha256}`;
  if (record.trivy !== now.binarySha256)
    return `it hashes to ${now.binarySha256}, not ${record.trivy} as recorded when it was installed (the tool cache was changed)`;
}
function parseInstallRecord(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  let record = value, hex = (field) => typeof field == "string" && /^[0-9a-f]{64}$/.test(field);
  if (!(typeof record != "object" || record === null || !hex(record.trivy) || !hex(record.archiveSha256)) && !(typeof record.archive != "string" || !/^trivy_[\w.-]+\.tar\.gz$/.test(record.archive)))
    return { trivy: record.trivy, archive: record.archive, archiveSha256: record.archiveSha256 };
}
async function useInput(path2, options) {
  if (!await isExecutable(path2))
    throw configError(`trivy-path "${path2}" does not exist or is not an executable file`);
  let version = await trivyVersion(path2, options.baseEnv);
  if (isCompromisedRelease(version))
    throw configError(`trivy-path "${path2}" is Trivy ${version}, a known malicious release; install another version`);
  let minimum = options.minimumVersion ? import_semver2.default.coerce(options.minimumVersion) : null, parsed = import_semver2.default.coerce(version);
  return minimum && (!parsed || import_semver2.default.lt(parsed, minimum)) && options.logger.warning(`trivy-path "${path2}" is Trivy ${version}, older than the tested minimum ${minimum.version}`), options.logger.info(`Using Trivy ${version} from trivy-path (${path2})`), { binary: path2, version, source: "input" };
}
async function useWhateverIsOnPath(options) {
  let minimum = options.minimumVersion ? cleanVersion(options.minimumVersion, "minimum Trivy version") : void 0, onPath = await findOnPath("trivy", options.searchPath);
  if (!onPath)
    throw configError(
      "trivy-version is path, but no trivy executable is on PATH; install Trivy in an earlier step, or set trivy-version to a release"
    );
  let found = await trivyVersion(onPath, options.baseEnv), choice = chooseTrivyOnPath(found, TRIVY_VERSION_FROM_PATH, minimum);
  if (!choice.use)
    throw configError(
      `trivy-version is path, but ${onPath} is Trivy ${found}, ${choice.why}; install another Trivy, or set trivy-version to a release`
    );
  return options.logger.info(`Using Trivy ${found} from PATH (${onPath}): ${choice.why}`), { binary: onPath, version: found, source: "path" };
}
async function download(version, options) {
  let asset = releaseAssetName(version, process.platform, process.arch), base = `${(options.releasesBaseUrl ?? DEFAULT_TRIVY_RELEASES_BASE_URL).replace(/\/+$/, "")}/v${version}`, checksumsUrl = `${base}/trivy_${version}_checksums.txt`, archiveUrl = `${base}/${asset}`;
  options.logger.info(`Downloading Trivy ${version} from ${archiveUrl}`);
  let checksumsFile = await fetchTo(checksumsUrl), archive, extracted;
  try {
    let listed = checksumFor(await readFile(checksumsFile, "utf8"), asset);
    if (!listed)
      throw infrastructureError(`${checksumsUrl} lists no checksum for ${asset}; refusing to install an unverified Trivy`);
    archive = await fetchTo(archiveUrl);
    let actual = await sha256File(archive);
    if (actual !== listed)
      throw infrastructureError(
        `Checksum mismatch for ${asset}: the download hashes to ${actual}, ${checksumsUrl} says ${listed}; refusing to install it`
      );
    let known = KNOWN_ARCHIVE_SHA256[version]?.[asset];
    if (known && actual !== known)
      throw infrastructureError(
        `Checksum mismatch for ${asset}: the download hashes to ${actual}, but Trivy ${version} is known to be ${known}; refusing to install it`
      );
    extracted = await extractTar(archive);
    let extractedBinary = join2(extracted, "trivy");
    if (!(await lstat(extractedBinary)).isFile() || !await isExecutable(extractedBinary))
      throw infrastructureError(`${asset} does not contain a trivy executable`);
    let record = { trivy: await sha256File(extractedBinary), archive: asset, archiveSha256: actual };
    await writeFile(join2(extracted, INSTALL_RECORD), `${JSON.stringify(record)}
`);
    let installed = await cacheDir(extracted, "trivy", version, osArch()), copy = await privateVerifiedCopy(installed, version, options);
    if ("problem" in copy)
      throw infrastructureError(`The Trivy ${version} just installed in ${installed} cannot be used: ${copy.problem}`);
    let reported = await trivyVersion(copy.binary, options.baseEnv);
    return options.logger.info(`Installed Trivy ${reported} (${join2(installed, "trivy")}), run from a private copy (${copy.binary})`), { binary: copy.binary, version: reported, source: "download" };
  } finally {
    await Promise.all(
      [checksumsFile, archive, extracted].filter((path2) => path2 !== void 0).map((path2) => rm(path2, { recursive: !0, force: !0 }))
    );
  }
}
function releaseAssetName(version, platform, arch2) {
  let system = platform === "linux" ? "Linux" : platform === "darwin" ? "macOS" : void 0, bits = arch2 === "x64" ? "64bit" : arch2 === "arm64" ? "ARM64" : void 0;
  if (!system || !bits)
    throw infrastructureError(`No Trivy release is installed automatically on ${platform}/${arch2}; install Trivy and set trivy-path`);
  return `trivy_${version}_${system}-${bits}.tar.gz`;
}
function checksumFor(checksums, fileName) {
  for (let line of checksums.split(`
`)) {
    let match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (match?.[2] === fileName && match[1]) return match[1].toLowerCase();
  }
}
async function fetchTo(url) {
  try {
    return await downloadTool(url);
  } catch (error) {
    let reason = errorMessage(error);
    throw infrastructureError(`Could not download ${url}: ${reason}`, error);
  }
}
function sha256File(path2) {
  return new Promise((resolve, reject) => {
    let hash = createHash("sha256");
    createReadStream(path2).on("error", reject).on("data", (chunk) => hash.update(chunk)).on("end", () => resolve(hash.digest("hex")));
  });
}
function cleanVersion(value, what) {
  let version = import_semver2.default.valid(import_semver2.default.clean(value));
  if (!version) throw configError(`${what} "${value}" is not a version such as ${DEFAULT_TRIVY_VERSION}`);
  if (isCompromisedRelease(version))
    throw configError(`${what} ${version} is a known malicious Trivy release; pin another version`);
  return version;
}
async function findOnPath(name, searchPath) {
  for (let dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    let candidate = join2(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
}
async function isExecutable(path2) {
  try {
    return (await stat(path2)).isFile() ? (await access(path2, constants.X_OK), !0) : !1;
  } catch {
    return !1;
  }
}
export {
  DEFAULT_TRIVY_RELEASES_BASE_URL,
  DEFAULT_TRIVY_VERSION,
  MINIMUM_TRIVY_VERSION,
  checksumFor,
  installRecordProblem,
  locateTrivy,
  releaseAssetName
};
