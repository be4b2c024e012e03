/**
 * Just enough of a tar reader to check a `docker save` archive: list the regular files and read
 * small ones (manifest.json, the image config) by offset, without unpacking the layers.
 */
import { open, type FileHandle } from 'node:fs/promises';

const BLOCK = 512;

interface Entry {
  offset: number;
  size: number;
}

export class TarIndex {
  private constructor(
    private readonly path: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async read(path: string): Promise<TarIndex> {
    const handle = await open(path, 'r');
    try {
      return new TarIndex(path, await indexEntries(handle));
    } finally {
      await handle.close();
    }
  }

  has(name: string): boolean {
    return this.entries.has(normalizeName(name));
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The file's bytes; throws when it is missing or larger than maxBytes. */
  async file(name: string, maxBytes: number): Promise<Buffer> {
    const entry = this.entries.get(normalizeName(name));
    if (!entry) throw new Error(`${name} is not in the archive`);
    if (entry.size > maxBytes) throw new Error(`${name} is ${entry.size} bytes, more than ${maxBytes}`);
    const handle = await open(this.path, 'r');
    try {
      const buffer = Buffer.alloc(entry.size);
      const { bytesRead } = await handle.read(buffer, 0, entry.size, entry.offset);
      if (bytesRead !== entry.size) throw new Error(`${name} is truncated`);
      return buffer;
    } finally {
      await handle.close();
    }
  }
}

function normalizeName(name: string): string {
  return name.replace(/^\.\//, '');
}

function cString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

function parseSize(block: Buffer): number {
  const field = block.subarray(124, 136);
  // GNU base-256 for sizes past 8 GiB: high bit of the first byte set.
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  const text = cString(block, 124, 12).trim();
  if (!/^[0-7]*$/.test(text)) throw new Error('corrupt tar header (size)');
  return text ? parseInt(text, 8) : 0;
}

/** Pax extended headers: "<length> <key>=<value>\n" records. */
function paxPath(data: Buffer): string | undefined {
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = parseInt(data.subarray(offset, space).toString('ascii'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (record.slice(0, equals) === 'path') return record.slice(equals + 1);
    offset += length;
  }
  return undefined;
}

async function indexEntries(handle: FileHandle): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  const { size: fileSize } = await handle.stat();
  const header = Buffer.alloc(BLOCK);
  let position = 0;
  let longName: string | undefined;
  while (position + BLOCK <= fileSize) {
    const { bytesRead } = await handle.read(header, 0, BLOCK, position);
    if (bytesRead !== BLOCK) throw new Error('truncated tar header');
    if (header.every((byte) => byte === 0)) break;
    const size = parseSize(header);
    const type = String.fromCharCode(header[156] ?? 0);
    const dataOffset = position + BLOCK;
    if (dataOffset + size > fileSize) throw new Error('truncated tar entry');
    if (type === 'x' || type === 'L') {
      const data = Buffer.alloc(size);
      await handle.read(data, 0, size, dataOffset);
      longName = type === 'L' ? cString(data, 0, data.length) : paxPath(data);
    } else {
      const magic = cString(header, 257, 6);
      const prefix = magic.startsWith('ustar') ? cString(header, 345, 155) : '';
      const name = longName ?? (prefix ? `${prefix}/${cString(header, 0, 100)}` : cString(header, 0, 100));
      longName = undefined;
      if (type === '0' || type === '\0') entries.set(normalizeName(name), { offset: dataOffset, size });
    }
    position = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
