import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  MANIFEST_ACCEPT,
  MEDIA_TYPE,
  formatPlatform,
  isAttestation,
  isImageConfigMediaType,
  isIndexMediaType,
  isManifestMediaType,
  parseImageConfig,
  parseManifest,
  parsePlatform,
  platformMatches
} from "./chunk-5WRYAL47.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-3G7D2FU6.js";
import "./chunk-YFCTHFMN.js";
import "./chunk-AWIWLHBC.js";
export {
  MANIFEST_ACCEPT,
  MEDIA_TYPE,
  formatPlatform,
  isAttestation,
  isImageConfigMediaType,
  isIndexMediaType,
  isManifestMediaType,
  parseImageConfig,
  parseManifest,
  parsePlatform,
  platformMatches
};
