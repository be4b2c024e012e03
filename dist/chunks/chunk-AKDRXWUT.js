import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/docker/archive.ts
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

export {
  TarIndex
};
