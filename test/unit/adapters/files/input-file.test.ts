/**
 * The one reader of user-named files: regular files only, bounded, and a one-line error naming the file
 * and the problem, quickly (a FIFO must not hang the gate, /dev/zero must not fill its memory).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputFileError, readInputFile, readInputFileSync, readInputText, type InputFileOptions } from '../../../../src/adapters/files/input-file.js';

let dir: string;
let fifo: string;

/** mkfifo(1) run without a shell: Node has no mkfifo of its own. */
function makeFifo(path: string): void {
  const result = spawnSync('mkfifo', [path]);
  if (result.status !== 0) throw new Error(`mkfifo failed: ${result.stderr.toString()}`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'image-gate-input-'));
  fifo = join(dir, 'pipe');
  makeFifo(fifo);
  expect(statSync(fifo).isFIFO()).toBe(true);
});

it('the premise: a plain read of the FIFO waits for a writer that never comes', () => {
  const plain = spawnSync(process.execPath, ['-e', `require('node:fs').readFileSync(${JSON.stringify(fifo)})`], { timeout: 1000 });
  expect(plain.signal).toBe('SIGTERM');
});

type Reader = (path: string, options: InputFileOptions) => Promise<Buffer> | Buffer;
const readers: [string, Reader][] = [
  ['readInputFile', readInputFile],
  ['readInputFileSync', readInputFileSync],
];

async function problemOf(read: Reader, path: string, maxBytes = 1024): Promise<InputFileError> {
  const started = Date.now();
  try {
    await read(path, { what: 'policy file', maxBytes });
  } catch (error) {
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(InputFileError);
    return error as InputFileError;
  }
  throw new Error(`reading ${path} did not fail`);
}

describe.each(readers)('%s', (_name, read) => {
  it('reads a regular file, and one reached through a symbolic link', async () => {
    const file = join(dir, 'policy.yml');
    writeFileSync(file, 'mode: audit\n');
    const link = join(dir, `link-${_name}.yml`);
    symlinkSync(file, link);
    expect((await read(file, { what: 'policy file', maxBytes: 1024 })).toString()).toBe('mode: audit\n');
    expect((await read(link, { what: 'policy file', maxBytes: 1024 })).toString()).toBe('mode: audit\n');
  });

  it('refuses a FIFO at once, naming the file and what it is', async () => {
    const error = await problemOf(read, fifo);
    expect(error.message).toBe(`policy file ${fifo} is a named pipe (FIFO), not a regular file`);
    expect(error.problem).toBe('not-regular');
    expect(error.kind).toBe('config');
  });

  it('refuses a symbolic link to a FIFO: what counts is what it leads to', async () => {
    const link = join(dir, `to-pipe-${_name}`);
    symlinkSync(fifo, link);
    const error = await problemOf(read, link);
    expect(error.message).toBe(`policy file ${link} is a named pipe (FIFO), not a regular file`);
  });

  it('refuses /dev/zero, which never ends', async () => {
    const error = await problemOf(read, '/dev/zero');
    expect(error.message).toBe('policy file /dev/zero is a character device, not a regular file');
  });

  it('refuses a directory', async () => {
    const folder = join(dir, `folder-${_name}`);
    mkdirSync(folder);
    const error = await problemOf(read, folder);
    expect(error.message).toBe(`policy file ${folder} is a directory, not a regular file`);
  });

  it('refuses a file over the limit without reading it (a sparse file of 1 GiB)', async () => {
    const big = join(dir, `big-${_name}`);
    writeFileSync(big, '');
    truncateSync(big, 1024 * 1024 * 1024);
    const error = await problemOf(read, big, 4 * 1024 * 1024);
    expect(error.message).toBe(`policy file ${big} is 1 GiB, larger than the limit of 4 MiB for a policy file`);
    expect(error.problem).toBe('too-large');
  });

  it('bounds what it reads even when the file says it is empty (/proc/self/environ)', async () => {
    // The premise: procfs reports size 0 although the file has content.
    expect(statSync('/proc/self/environ').size).toBe(0);
    const whole = await read('/proc/self/environ', { what: 'Dockerfile', maxBytes: 1024 * 1024 });
    expect(whole.length).toBeGreaterThan(16);
    const error = await problemOf(read, '/proc/self/environ', 16);
    expect(error.message).toBe('policy file /proc/self/environ is larger than the limit of 16 bytes for a policy file');
  });

  it('says a missing file is missing, so an optional one can be treated as absent', async () => {
    const error = await problemOf(read, join(dir, 'nope.yml'));
    expect(error.message).toBe(`policy file ${join(dir, 'nope.yml')} does not exist`);
    expect(error.problem).toBe('missing');
  });
});

it('decodes text without a byte-order mark', async () => {
  const file = join(dir, 'bom.txt');
  writeFileSync(file, '\uFEFFFROM scratch\n');
  expect(await readInputText(file, { what: 'Dockerfile', maxBytes: 100 })).toBe('FROM scratch\n');
});

it('reads a file of exactly the limit, and refuses one byte more', async () => {
  const file = join(dir, 'exact');
  writeFileSync(file, 'x'.repeat(100));
  expect((await readInputFile(file, { what: 'key file', maxBytes: 100 })).length).toBe(100);
  expect(readInputFileSync(file, { what: 'key file', maxBytes: 100 }).length).toBe(100);
  await expect(readInputFile(file, { what: 'key file', maxBytes: 99 })).rejects.toThrow(/is 100 bytes, larger than the limit of 99 bytes/);
});

describe.each(readers)('%s with followLinks false (a file someone else wrote, whose text is shown)', (name, read) => {
  const secret = (): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'image-gate-secret-')), 'credentials');
    writeFileSync(file, 'https://x-access-token:ghs_secret@github.com\n');
    return file;
  };
  const noLinks = (root?: string): InputFileOptions => ({
    what: 'policy file',
    maxBytes: 1024,
    followLinks: false,
    ...(root !== undefined && { linksAllowedIn: root }),
  });
  const refusal = async (path: string, options: InputFileOptions): Promise<InputFileError> => {
    try {
      await read(path, options);
    } catch (error) {
      expect(error).toBeInstanceOf(InputFileError);
      return error as InputFileError;
    }
    throw new Error(`reading ${path} did not fail`);
  };

  it('refuses a symbolic link, which by default is followed to what it names', async () => {
    const ws = mkdtempSync(join(tmpdir(), `image-gate-nolinks-${name}-`));
    const link = join(ws, 'image-gate.yml');
    symlinkSync(secret(), link);
    // The premise: followed, the link gives the credentials away.
    expect((await read(link, { what: 'policy file', maxBytes: 1024 })).toString()).toContain('ghs_secret');
    const error = await refusal(link, noLinks(ws));
    expect(error.problem).toBe('link');
    expect(error.message).toBe(`policy file ${link} is a symbolic link, or lies under one, and is not followed`);
    expect(error.message).not.toContain('ghs_secret');
  });

  it('refuses a file under a linked folder', async () => {
    const ws = mkdtempSync(join(tmpdir(), `image-gate-nolinks-${name}-`));
    const elsewhere = mkdtempSync(join(tmpdir(), 'image-gate-elsewhere-'));
    writeFileSync(join(elsewhere, 'image-gate.yml'), 'mode: audit\n');
    symlinkSync(elsewhere, join(ws, '.github'));
    expect((await refusal(join(ws, '.github/image-gate.yml'), noLinks(ws))).problem).toBe('link');
    expect((await refusal(join(ws, '.github/image-gate.yml'), noLinks())).problem).toBe('link');
  });

  it('reads a regular file, also when the workspace itself sits under a link (linksAllowedIn)', async () => {
    const real = mkdtempSync(join(tmpdir(), `image-gate-nolinks-${name}-`));
    writeFileSync(join(real, 'image-gate.yml'), 'mode: audit\n');
    const linked = `${real}-link`;
    symlinkSync(real, linked);
    expect((await read(join(real, 'image-gate.yml'), noLinks())).toString()).toBe('mode: audit\n');
    expect((await read(join(linked, 'image-gate.yml'), noLinks(linked))).toString()).toBe('mode: audit\n');
    expect((await refusal(join(linked, 'image-gate.yml'), noLinks())).problem).toBe('link');
  });

  it('still says a missing file is missing, and refuses a FIFO without waiting', async () => {
    expect((await refusal(join(dir, 'nope.yml'), noLinks(dir))).problem).toBe('missing');
    const started = Date.now();
    expect((await refusal(fifo, noLinks(dir))).problem).toBe('not-regular');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
