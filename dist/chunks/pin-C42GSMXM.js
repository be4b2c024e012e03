import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  TarIndex
} from "./chunk-AKDRXWUT.js";
import {
  INPUT_LIMITS,
  InputFileError,
  readInputFile
} from "./chunk-CBAA7TTF.js";
import {
  configError,
  describeError,
  errorMessage
} from "./chunk-QTDHMDYW.js";
import "./chunk-AWIWLHBC.js";

// src/local-image/pin.ts
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { join } from "node:path";
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
  pinLocalImage
};
