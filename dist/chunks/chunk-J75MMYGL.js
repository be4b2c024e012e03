import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  INPUT_LIMITS,
  InputFileError,
  readInputFile
} from "./chunk-ELAGO25P.js";
import {
  configError,
  describeError,
  errorMessage
} from "./chunk-YQNRIA6J.js";

// src/adapters/oci-archive/pin-local-image.ts
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { join } from "node:path";

// src/adapters/oci-archive/tar-index.ts
import { open } from "node:fs/promises";
var BLOCK = 512, TarIndex = class _TarIndex {
  constructor(path, entries) {
    this.path = path;
    this.entries = entries;
  }
  path;
  entries;
  static async read(path) {
    let handle = await open(path, "r");
    try {
      return new _TarIndex(path, await indexEntries(handle));
    } finally {
      await handle.close();
    }
  }
  has(name) {
    return this.entries.has(normalizeName(name));
  }
  names() {
    return [...this.entries.keys()];
  }
  /** The file's bytes; throws when it is missing or larger than maxBytes. */
  async file(name, maxBytes) {
    let entry = this.entries.get(normalizeName(name));
    if (!entry) throw new Error(`${name} is not in the archive`);
    if (entry.size > maxBytes) throw new Error(`${name} is ${entry.size} bytes, more than ${maxBytes}`);
    let handle = await open(this.path, "r");
    try {
      let buffer = Buffer.alloc(entry.size), { bytesRead } = await handle.read(buffer, 0, entry.size, entry.offset);
      if (bytesRead !== entry.size) throw new Error(`${name} is truncated`);
      return buffer;
    } finally {
      await handle.close();
    }
  }
};
function normalizeName(name) {
  return name.replace(/^\.\//, "");
}
function cString(block, start, length) {
  let field = block.subarray(start, start + length), end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString("utf8");
}
function parseSize(block) {
  let field = block.subarray(124, 136);
  if (((field[0] ?? 0) & 128) !== 0) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  let text = cString(block, 124, 12).trim();
  if (!/^[0-7]*$/.test(text)) throw new Error("corrupt tar header (size)");
  return text ? parseInt(text, 8) : 0;
}
function paxPath(data) {
  let offset = 0;
  for (; offset < data.length; ) {
    let space = data.indexOf(32, offset);
    if (space === -1) break;
    let length = parseInt(data.subarray(offset, space).toString("ascii"), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    let record = data.subarray(space + 1, offset + length - 1).toString("utf8"), equals = record.indexOf("=");
    if (record.slice(0, equals) === "path") return record.slice(equals + 1);
    offset += length;
  }
}
async function indexEntries(handle) {
  let entries = /* @__PURE__ */ new Map(), { size: fileSize } = await handle.stat(), header = Buffer.alloc(BLOCK), position = 0, longName;
  for (; position + BLOCK <= fileSize; ) {
    let { bytesRead } = await handle.read(header, 0, BLOCK, position);
    if (bytesRead !== BLOCK) throw new Error("truncated tar header");
    if (header.every((byte) => byte === 0)) break;
    let size = parseSize(header), type = String.fromCharCode(header[156] ?? 0), dataOffset = position + BLOCK;
    if (dataOffset + size > fileSize) throw new Error("truncated tar entry");
    if (type === "x" || type === "L") {
      let data = Buffer.alloc(size);
      await handle.read(data, 0, size, dataOffset), longName = type === "L" ? cString(data, 0, data.length) : paxPath(data);
    } else {
      let prefix = cString(header, 257, 6).startsWith("ustar") ? cString(header, 345, 155) : "", name = longName ?? (prefix ? `${prefix}/${cString(header, 0, 100)}` : cString(header, 0, 100));
      longName = void 0, (type === "0" || type === "\0") && entries.set(normalizeName(name), { offset: dataOffset, size });
    }
    position = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

// src/adapters/oci-archive/pin-local-image.ts
var SMALL_FILE_MAX_BYTES = INPUT_LIMITS.layoutFile, DIGEST = /^sha256:[a-f0-9]{64}$/;
async function pinLocalImage(path) {
  let info = await stat(path).catch((error) => {
    throw configError(`Input ${path} cannot be read: ${error.code ?? String(error)}`);
  });
  if (info.isDirectory())
    return { format: "oci-layout", ...await pinOciIndex(path, async (name) => readInputFile(join(path, name), { what: "OCI layout file", maxBytes: SMALL_FILE_MAX_BYTES }).catch((error) => {
      throw error instanceof InputFileError && error.problem === "missing" ? configError(`Input ${path} is not an OCI layout: ${name} is missing`) : configError(`Input ${path}: ${describeError(error)}`, error);
    })) };
  if (!info.isFile()) throw configError(`Input ${path} is neither a folder nor a regular file`);
  let tar;
  try {
    tar = await TarIndex.read(path);
  } catch (error) {
    throw configError(`Input ${path} is neither an OCI layout folder nor a docker or OCI archive: ${errorMessage(error)}`);
  }
  if (tar.names().length === 0)
    throw configError(`Input ${path} is neither an OCI layout folder nor a docker or OCI archive: it holds no tar entries`);
  let read = async (name) => {
    try {
      return await tar.file(name, SMALL_FILE_MAX_BYTES);
    } catch (error) {
      throw configError(`Input ${path}: ${errorMessage(error)}`);
    }
  };
  if (tar.has("index.json") && tar.has("oci-layout")) return { format: "oci-archive", ...await pinOciIndex(path, read) };
  if (tar.has("manifest.json")) return { format: "docker-archive", ...await pinDockerArchive(path, read) };
  throw configError(`Input ${path} is a tar file but holds neither index.json (OCI) nor manifest.json (docker-archive)`);
}
async function pinOciIndex(path, read) {
  let index = parseJson(await read("index.json"), path, "index.json"), manifests = Array.isArray(index.manifests) ? index.manifests : void 0;
  if (!manifests) throw configError(`Input ${path}: index.json has no manifests list`);
  if (manifests.length !== 1)
    throw configError(`Input ${path} holds ${manifests.length} images in index.json; the gate judges exactly one`);
  let digest = manifests[0]?.digest;
  if (typeof digest != "string" || !DIGEST.test(digest))
    throw configError(`Input ${path}: index.json names no sha256 manifest digest`);
  let configDigest = parseJson(await readBlob(read, digest, path), path, `manifest ${digest}`).config?.digest;
  if (typeof configDigest != "string" || !DIGEST.test(configDigest))
    throw configError(
      `Input ${path}: manifest ${digest} is not an image manifest with a sha256 config (an index of several images is not supported)`
    );
  return { digest, configDigest, user: userOf(await readBlob(read, configDigest, path), path) };
}
function readBlob(read, digest, path) {
  return readVerified(read, `blobs/sha256/${digest.slice(7)}`, digest, path);
}
function userOf(configBytes, path) {
  let user = parseJson(configBytes, path, "the image config").config?.User;
  return typeof user == "string" ? user : "";
}
async function pinDockerArchive(path, read) {
  let manifest = parseJson(await read("manifest.json"), path, "manifest.json");
  if (!Array.isArray(manifest) || manifest.length !== 1)
    throw configError(`Input ${path}: manifest.json must list exactly one image`);
  let config = manifest[0].Config;
  if (typeof config != "string") throw configError(`Input ${path}: manifest.json names no Config`);
  let hex = /([a-f0-9]{64})(\.json)?$/.exec(config)?.[1];
  if (!hex) throw configError(`Input ${path}: the config file name "${config}" carries no sha256 digest`);
  let digest = `sha256:${hex}`;
  return { digest, configDigest: digest, user: userOf(await readVerified(read, config, digest, path), path) };
}
async function readVerified(read, name, digest, path) {
  let bytes = await read(name), actual = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  if (actual !== digest) throw configError(`Input ${path}: ${name} does not match its digest ${digest} (it hashes to ${actual})`);
  return bytes;
}
function parseJson(bytes, path, name) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw configError(`Input ${path}: ${name} is not valid JSON`);
  }
}

export {
  TarIndex,
  pinLocalImage
};
