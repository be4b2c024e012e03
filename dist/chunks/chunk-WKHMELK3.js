import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/http/link-header.ts
function nextLink(header, base) {
  if (header)
    for (let match of header.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]*)*)/g)) {
      let [, target = "", params = ""] = match, rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
      if ((rels?.[1] ?? rels?.[2] ?? "").toLowerCase().split(/\s+/).includes("next"))
        try {
          return new URL(target, base);
        } catch {
          return;
        }
    }
}

export {
  nextLink
};
