import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  repositoryName
} from "./chunk-WX6WFRWC.js";

// src/action/comment-key.ts
import { createHash } from "node:crypto";
import { isAbsolute, relative } from "node:path";
function commentKey(sources, context) {
  let repositories = [...new Set(sources.map((source) => keyOf(source, context.workspace)))].sort(), hash = createHash("sha256").update(repositories.join(`
`)).digest("hex").slice(0, 12);
  return `image-gate workflow=${context.workflow} job=${context.job} repositories=${hash}`;
}
function keyOf(source, workspace) {
  switch (source.kind) {
    case "registry":
    case "docker":
      return repositoryOf(source.image);
    case "input":
    case "report":
      return source.image !== void 0 ? repositoryOf(source.image) : `${source.kind}:${pathInWorkspace(source.path, workspace)}`;
  }
}
function repositoryOf(image) {
  return /^(?:sha256:)?[a-f0-9]{64}$/.test(image.written) ? "docker image ID" : repositoryName(image.reference);
}
function pathInWorkspace(path, workspace) {
  let inside = relative(workspace, path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside.split("\\").join("/") : path;
}

export {
  commentKey
};
