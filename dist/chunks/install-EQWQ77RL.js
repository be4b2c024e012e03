import { createRequire as __imageGateCreateRequire } from 'node:module'; const require = __imageGateCreateRequire(import.meta.url);
import {
  DEFAULT_TRIVY_RELEASES_BASE_URL,
  DEFAULT_TRIVY_VERSION,
  MINIMUM_TRIVY_VERSION,
  checksumFor,
  locateTrivy,
  releaseAssetName
} from "./chunk-WYW7EJ3W.js";
import "./chunk-7ZCAQYN5.js";
import "./chunk-U7LGLR6C.js";
import "./chunk-7UNR4MGD.js";
export {
  DEFAULT_TRIVY_RELEASES_BASE_URL,
  DEFAULT_TRIVY_VERSION,
  MINIMUM_TRIVY_VERSION,
  checksumFor,
  locateTrivy,
  releaseAssetName
};
