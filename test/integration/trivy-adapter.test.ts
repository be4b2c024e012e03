/**
 * The Trivy adapter through the real process boundary: test/bin/trivy stands in for Trivy (it
 * writes recorded Trivy reports), and a local HTTP server stands in for GitHub releases.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import { buildTrivyArgs, buildTrivyDbDownloadArgs, buildTrivyEnv, type TrivyScanOptions } from '../../src/adapters/trivy/command.js';
import { DEFAULT_TRIVY_VERSION, locateTrivy, releaseAssetName } from '../../src/adapters/trivy/install.js';
import { parseTrivyReport } from '../../src/adapters/trivy/report.js';
import { runTrivy, trivyVersion } from '../../src/adapters/trivy/run.js';
import { restoreEnv } from '../helpers/env.js';
import { gateError } from '../helpers/gate-error.js';
import { pushImage } from '../helpers/oci-push.js';
import { jsonLines, type DbDownloadRecord } from '../helpers/trivy-logs.js';

const STANDIN = resolve(import.meta.dirname, '..', 'bin', 'trivy');
const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'trivy');
const DIGEST = 'sha256:' + 'e'.repeat(64);

let work: string;
const savedEnv = { ...process.env };

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'image-gate-trivy-'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  // Tests set RUNNER_TOOL_CACHE/RUNNER_TEMP (as the shells do) and change PATH: put everything back.
  restoreEnv(savedEnv);
});

/** What a run hands locateTrivy, from process.env as it is now (tests change PATH). */
function runEnvironmentOf(tempDir: string): { tempDir: string; searchPath: string; baseEnv: NodeJS.ProcessEnv } {
  return { tempDir, searchPath: process.env.PATH ?? '', baseEnv: process.env };
}

interface Report {
  Metadata: Record<string, unknown>;
}

/** A shell script standing in for some binary, for behaviour the stand-in has no switch for. */
function script(name: string, body: string): string {
  const path = join(work, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A `trivy` that is the stand-in reporting `version` (and noting each run in `marker`). */
function versionedTrivy(dir: string, version: string, marker?: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'trivy');
  const note = marker ? `echo ran >> '${marker}'\n` : '';
  writeFileSync(path, `#!/bin/sh\n${note}TRIVY_STANDIN_VERSION=${version} exec '${process.execPath}' '${STANDIN}' "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('trivyVersion', () => {
  it('reads the JSON version of the stand-in', async () => {
    expect(await trivyVersion(STANDIN, process.env)).toBe('0.74.0');
  });

  it('falls back to the text form', async () => {
    expect(await trivyVersion(script('old-trivy', 'echo "Version: 0.61.0"'), process.env)).toBe('0.61.0');
  });

  it('refuses a program that prints no version', async () => {
    const error = await gateError(trivyVersion(script('not-trivy', 'echo hello'), process.env));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toMatch(/not-trivy --version printed no version: is it Trivy\?$/);
  });
});

describe('runTrivy', () => {
  const scan = (overrides: Partial<TrivyScanOptions> = {}): TrivyScanOptions => ({
    target: { kind: 'image', reference: `127.0.0.1:5000/fixtures/debian-buster@${DIGEST}` },
    scanners: ['vuln', 'secret'],
    outputPath: join(work, 'report.json'),
    ...overrides,
  });

  it('runs Trivy with our arguments and credentials in its environment, and the report parses', async () => {
    const argsLog = join(work, 'args.jsonl');
    const envLog = join(work, 'env.jsonl');
    const options = scan({ cacheDir: join(work, 'cache'), timeout: '5m', skipDbUpdate: true });
    const args = buildTrivyArgs(options);
    const logger = recordingLogger();
    await runTrivy(STANDIN, args, {
      baseEnv: process.env,
      env: {
        ...buildTrivyEnv({ username: 'gate-user', password: 'gate-secret-pw' }),
        TRIVY_STANDIN_ARGS_LOG: argsLog,
        TRIVY_STANDIN_ENV_LOG: envLog,
        // No registry serves 127.0.0.1:5000 here: the recorded identity is kept, so the bytes are the recording's.
        TRIVY_STANDIN_IDENTITY: 'recorded',
      },
      timeoutMs: 10_000,
      logger,
    });

    expect(
      readFileSync(argsLog, 'utf8')
        .trim()
        .split('\n')
        .map((line): unknown => JSON.parse(line)),
    ).toEqual([args]);
    expect(JSON.parse(readFileSync(envLog, 'utf8'))).toEqual(expect.arrayContaining(['TRIVY_USERNAME', 'TRIVY_PASSWORD']));
    expect(readFileSync(argsLog, 'utf8')).not.toContain('gate-secret-pw');
    expect(JSON.stringify(logger.lines)).not.toContain('gate-secret-pw');

    const written = readFileSync(options.outputPath);
    expect(written.equals(readFileSync(join(FIXTURES, 'debian-buster.json')))).toBe(true);
    const report = parseTrivyReport(written, `trivy image ${DIGEST}`);
    expect(report.findings.map((finding) => finding.kind === 'vulnerability' && finding.id)).toEqual(['CVE-2019-18276', 'CVE-2019-18224']);
  });

  it('answers like Trivy: the recorded report, with only ImageID and RepoDigests naming the image it was given', async () => {
    const host = inject('registryHost');
    const image = await pushImage(host, 'fixtures/debian-buster', 'standin', { user: '1000' });
    const reference = `${host}/fixtures/debian-buster@${image.digest}`;
    const options = scan({ target: { kind: 'image', reference } });
    await runTrivy(STANDIN, buildTrivyArgs(options), { baseEnv: process.env, timeoutMs: 10_000, logger: recordingLogger() });
    const written = JSON.parse(readFileSync(options.outputPath, 'utf8')) as Report;
    const recorded = JSON.parse(readFileSync(join(FIXTURES, 'debian-buster.json'), 'utf8')) as Report;
    expect(written.Metadata.ImageID).toBe(image.configDigest);
    expect(written.Metadata.RepoDigests).toEqual([reference]);
    expect(recorded.Metadata.ImageID).not.toBe(image.configDigest);
    // Trivy's field order, and nothing else changed.
    expect(Object.keys(written.Metadata)).toEqual([
      'Size',
      'OS',
      'ImageID',
      'DiffIDs',
      'RepoTags',
      'RepoDigests',
      'Reference',
      'ImageConfig',
      'Layers',
    ]);
    const withoutIdentity = (report: Report): Report => ({
      ...report,
      Metadata: Object.fromEntries(Object.entries(report.Metadata).filter(([key]) => key !== 'ImageID' && key !== 'RepoDigests')),
    });
    expect(withoutIdentity(written)).toEqual(withoutIdentity(recorded));
  });

  it('scans an archive given with --input', async () => {
    const options = scan({ target: { kind: 'archive', path: join(work, 'ubuntu-1804.tar') } });
    await runTrivy(STANDIN, buildTrivyArgs(options), {
      baseEnv: process.env,
      env: { TRIVY_STANDIN_IDENTITY: 'recorded' },
      timeoutMs: 10_000,
      logger: recordingLogger(),
    });
    expect(parseTrivyReport(readFileSync(options.outputPath), 'ubuntu-1804.tar').findings).toHaveLength(5);
  });

  it('passes every option in a form Trivy accepts', async () => {
    for (const extra of [
      { dbRepositories: ['mirror.test/trivy-db:2'], javaDbRepositories: ['mirror.test/trivy-java-db:1'], skipDbUpdate: true },
      { server: 'http://127.0.0.1:4954' },
    ]) {
      const options = scan({ scanners: ['vuln', 'secret', 'misconfig', 'license'], cacheDir: work, timeout: '1h30m', insecure: true, ...extra });
      await runTrivy(STANDIN, buildTrivyArgs(options), {
        baseEnv: process.env,
        env: { TRIVY_STANDIN_IDENTITY: 'recorded' },
        timeoutMs: 10_000,
        logger: recordingLogger(),
      });
      expect(existsSync(options.outputPath)).toBe(true);
    }
  });

  it('turns a non-zero exit into an infrastructure error with the end of Trivy’s output', async () => {
    const error = await gateError(
      runTrivy(STANDIN, buildTrivyArgs(scan()), {
        baseEnv: process.env,
        env: { TRIVY_STANDIN_EXIT: '2' },
        timeoutMs: 10_000,
        logger: recordingLogger(),
      }),
    );
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toMatch(
      /^Trivy failed with exit code 2\. Its last output:\n {2}\S+\tFATAL\tFatal error\tstand-in failure requested by TRIVY_STANDIN_EXIT=2$/,
    );
  });

  it('reports Trivy’s own complaint when it cannot produce a report', async () => {
    const options = scan({ target: { kind: 'image', reference: `127.0.0.1:5000/no-such-fixture@${DIGEST}` } });
    const error = await gateError(runTrivy(STANDIN, buildTrivyArgs(options), { baseEnv: process.env, timeoutMs: 10_000, logger: recordingLogger() }));
    expect(error.message).toContain('Trivy failed with exit code 1');
    expect(error.message).toContain('no recorded report for "no-such-fixture"');
  });

  it('masks credentials that Trivy echoes', async () => {
    const leaky = script('leaky-trivy', 'echo "GET /v2/: 401 for gate-user:$TRIVY_PASSWORD" >&2\nexit 1');
    const logger = recordingLogger();
    const error = await gateError(
      runTrivy(leaky, ['image'], {
        baseEnv: process.env,
        env: buildTrivyEnv({ username: 'gate-user', password: 'gate-secret-pw' }),
        timeoutMs: 10_000,
        logger,
      }),
    );
    expect(error.message).toContain('401 for gate-user:***');
    expect(error.message).not.toContain('gate-secret-pw');
    expect(logger.lines.some((line) => line.message.includes('gate-user:***'))).toBe(true);
    expect(JSON.stringify(logger.lines)).not.toContain('gate-secret-pw');
  });

  it('stops a Trivy that hangs, with everything it started', async () => {
    const pidFile = join(work, 'child.pid');
    const started = Date.now();
    const error = await gateError(
      runTrivy(STANDIN, buildTrivyArgs(scan()), {
        baseEnv: process.env,
        env: { TRIVY_STANDIN_HANG: '1', TRIVY_STANDIN_CHILD_PID_FILE: pidFile },
        timeoutMs: 1000,
        logger: recordingLogger(),
      }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe('Trivy did not finish within 1 s and was stopped');
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(await gone(child)).toBe(true);
  });

  it('says so when the binary cannot be started', async () => {
    const error = await gateError(
      runTrivy(join(work, 'missing-trivy'), ['image'], { baseEnv: process.env, timeoutMs: 1000, logger: recordingLogger() }),
    );
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toMatch(/^Could not start Trivy \(.*missing-trivy\): spawn .* ENOENT$/);
  });
});

/** Dead or a zombie: a killed process stays a zombie until init reaps it, which can take a while. */
async function gone(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 40; attempt++) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return true;
    }
    if (/^\d+ \(.*\) Z /.test(stat)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('a database download', () => {
  it('runs Trivy with buildTrivyDbDownloadArgs: each database into the cache directory, from its mirrors, and no report', async () => {
    const dbLog = join(work, 'db.jsonl');
    const cacheDir = join(work, 'cache');
    for (const database of ['vulnerability', 'java'] as const) {
      const repositories = [`mirror.example/${database}:1`];
      await runTrivy(STANDIN, buildTrivyDbDownloadArgs({ database, cacheDir, repositories, timeout: '5m' }), {
        baseEnv: process.env,
        env: { TRIVY_STANDIN_DB_LOG: dbLog },
        timeoutMs: 10_000,
        logger: recordingLogger(),
      });
    }
    expect(jsonLines<DbDownloadRecord>(dbLog).map(({ db, cacheDir: dir, repository }) => ({ db, dir, repository }))).toEqual([
      { db: 'vulnerability', dir: cacheDir, repository: 'mirror.example/vulnerability:1' },
      { db: 'java', dir: cacheDir, repository: 'mirror.example/java:1' },
    ]);
  });

  it('that fails is an infrastructure error with Trivy’s last words', async () => {
    const args = buildTrivyDbDownloadArgs({ database: 'vulnerability', cacheDir: join(work, 'cache') });
    const error = await gateError(
      runTrivy(STANDIN, args, { baseEnv: process.env, env: { TRIVY_STANDIN_DB_EXIT: '6' }, timeoutMs: 10_000, logger: recordingLogger() }),
    );
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toMatch(/^Trivy failed with exit code 6\. Its last output:\n.*TRIVY_STANDIN_DB_EXIT=6/s);
  });
});

describe('locateTrivy', () => {
  /** A fake GitHub releases endpoint: path → body. */
  const served = new Map<string, Buffer>();
  const requests: string[] = [];
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const body = served.get(request.url ?? '');
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
      response.end(body ?? 'Not Found');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    baseUrl = `http://127.0.0.1:${address.port}/releases/download`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  beforeEach(() => {
    served.clear();
    requests.length = 0;
  });

  /** Publishes a release archive whose trivy reports `version`, with a checksums file. */
  function publish(version: string, options: { marker?: string; checksum?: (real: string) => string | undefined } = {}): string {
    const staging = join(work, `release-${version}`);
    versionedTrivy(staging, version, options.marker);
    writeFileSync(join(staging, 'LICENSE'), 'Apache-2.0\n');
    const asset = releaseAssetName(version, process.platform, process.arch);
    const archive = join(work, asset);
    const tar = spawnSync('tar', ['-czf', archive, '-C', staging, 'trivy', 'LICENSE'], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    const bytes = readFileSync(archive);
    const real = createHash('sha256').update(bytes).digest('hex');
    const listed = options.checksum ? options.checksum(real) : real;
    const lines = [`${'0'.repeat(64)}  trivy_${version}_windows-64bit.zip`];
    if (listed) lines.push(`${listed}  ${asset}`);
    served.set(`/releases/download/v${version}/${asset}`, bytes);
    served.set(`/releases/download/v${version}/trivy_${version}_checksums.txt`, Buffer.from(lines.join('\n') + '\n'));
    return real;
  }

  /** Puts a trivy reporting `version` first on PATH (noting each run in `marker`); returns its path. */
  function trivyOnPath(version: string, marker?: string): string {
    const dir = join(work, 'path-bin');
    const path = versionedTrivy(dir, version, marker);
    process.env.PATH = `${dir}:${savedEnv.PATH ?? ''}`;
    return path;
  }

  /** Puts a trivy that is not the pinned release first on PATH, so locateTrivy must look further. */
  function otherTrivyOnPath(): void {
    trivyOnPath('0.50.0');
  }

  const options = (version: string, logger = recordingLogger()) => {
    // @actions/tool-cache finds its folders in these two variables only: set as the shells set them (toolCacheVariables).
    process.env.RUNNER_TOOL_CACHE = join(work, 'tool-cache');
    process.env.RUNNER_TEMP = join(work, 'runner-temp');
    return {
      version,
      minimumVersion: '0.60.0',
      logger,
      releasesBaseUrl: baseUrl,
      ...runEnvironmentOf(join(work, 'runner-temp')),
    };
  };

  it('uses the trivy-path input as given', async () => {
    const located = await locateTrivy({ path: STANDIN, version: DEFAULT_TRIVY_VERSION, logger: recordingLogger(), ...runEnvironmentOf(work) });
    expect(located).toEqual({ binary: STANDIN, version: '0.74.0', source: 'input' });
  });

  it('refuses a trivy-path that does not exist', async () => {
    const error = await gateError(
      locateTrivy({ path: join(work, 'nope', 'trivy'), version: DEFAULT_TRIVY_VERSION, logger: recordingLogger(), ...runEnvironmentOf(work) }),
    );
    expect(error.kind).toBe('config');
    expect(error.message).toBe(`trivy-path "${join(work, 'nope', 'trivy')}" does not exist or is not an executable file`);
  });

  it('uses trivy from PATH when it is exactly the pinned release, v or not', async () => {
    process.env.PATH = `${dirname(STANDIN)}:${savedEnv.PATH ?? ''}`;
    for (const pin of ['0.74.0', 'v0.74.0']) {
      const logger = recordingLogger();
      const located = await locateTrivy(options(pin, logger));
      expect(located).toEqual({ binary: STANDIN, version: '0.74.0', source: 'path' });
      expect(logger.lines).toEqual([{ level: 'info', message: `Using Trivy 0.74.0 from PATH (${STANDIN}): the pinned version` }]);
    }
    expect(requests).toEqual([]);
  });

  it('installs the pinned release when PATH has a newer trivy: the pin wins, and what PATH has is never run for a scan', async () => {
    const marker = join(work, 'path-trivy-ran');
    const onPath = trivyOnPath('0.99.9', marker);
    publish('0.99.0');
    const logger = recordingLogger();
    const located = await locateTrivy(options('0.99.0', logger));
    expect(located).toMatchObject({ version: '0.99.0', source: 'download' });
    expect(located.binary).not.toBe(onPath);
    expect(logger.lines.map((line) => line.message)).toContain(`Not using ${onPath}: Trivy 0.99.9, not the pinned 0.99.0; installing Trivy 0.99.0`);
    // Asked its version, once, and nothing more.
    expect(readFileSync(marker, 'utf8')).toBe('ran\n');
    expect(requests).toHaveLength(2);
  });

  it('installs the pinned release when PATH has the next patch release: equal means exactly equal', async () => {
    const onPath = trivyOnPath('0.99.1');
    publish('0.99.0');
    const logger = recordingLogger();
    expect(await locateTrivy(options('0.99.0', logger))).toMatchObject({ version: '0.99.0', source: 'download' });
    expect(logger.lines.map((line) => line.message)).toContain(`Not using ${onPath}: Trivy 0.99.1, not the pinned 0.99.0; installing Trivy 0.99.0`);
  });

  it('warns about a malicious release on PATH and installs the pinned one instead', async () => {
    const onPath = trivyOnPath('0.69.4');
    publish('0.99.0');
    const logger = recordingLogger();
    expect(await locateTrivy(options('0.99.0', logger))).toMatchObject({ version: '0.99.0', source: 'download' });
    expect(logger.lines).toContainEqual({
      level: 'warning',
      message: `Not using ${onPath}: Trivy 0.69.4, a known malicious release; installing Trivy 0.99.0`,
    });
  });

  describe('trivy-version path: whatever trivy is on PATH', () => {
    it('uses the trivy on PATH whatever its version, and installs nothing', async () => {
      for (const version of ['0.70.0', '0.99.9']) {
        const onPath = trivyOnPath(version);
        const logger = recordingLogger();
        const located = await locateTrivy(options('path', logger));
        expect(located).toEqual({ binary: onPath, version, source: 'path' });
        expect(logger.lines).toEqual([{ level: 'info', message: `Using Trivy ${version} from PATH (${onPath}): trivy-version is path` }]);
      }
      expect(requests).toEqual([]);
      expect(existsSync(join(work, 'tool-cache', 'trivy'))).toBe(false);
    });

    it('refuses a malicious release on PATH, installing nothing in its place', async () => {
      const onPath = trivyOnPath('0.69.4');
      publish(DEFAULT_TRIVY_VERSION);
      const error = await gateError(locateTrivy(options('path')));
      expect(error.kind).toBe('config');
      expect(error.message).toBe(
        `trivy-version is path, but ${onPath} is Trivy 0.69.4, a known malicious release; install another Trivy, or set trivy-version to a release`,
      );
      expect(requests).toEqual([]);
    });

    it('refuses a trivy on PATH older than the minimum', async () => {
      const onPath = trivyOnPath('0.50.0');
      const error = await gateError(locateTrivy(options('path')));
      expect(error.kind).toBe('config');
      expect(error.message).toBe(
        `trivy-version is path, but ${onPath} is Trivy 0.50.0, older than 0.60.0, the oldest release whose reports the gate reads; install another Trivy, or set trivy-version to a release`,
      );
      expect(requests).toEqual([]);
    });

    it('fails when there is no trivy on PATH', async () => {
      const empty = join(work, 'empty-bin');
      mkdirSync(empty);
      process.env.PATH = empty;
      const error = await gateError(locateTrivy(options('path')));
      expect(error.kind).toBe('config');
      expect(error.message).toBe(
        'trivy-version is path, but no trivy executable is on PATH; install Trivy in an earlier step, or set trivy-version to a release',
      );
      expect(requests).toEqual([]);
    });

    it('leaves trivy-path meaning exactly that binary', async () => {
      trivyOnPath('0.70.0');
      const located = await locateTrivy({ ...options('path'), path: STANDIN });
      expect(located).toEqual({ binary: STANDIN, version: '0.74.0', source: 'input' });
    });
  });

  it('downloads and verifies the pinned release when PATH has another one, then reuses the tool cache', async () => {
    otherTrivyOnPath();
    publish('0.99.0');
    const logger = recordingLogger();
    const located = await locateTrivy(options('0.99.0', logger));
    expect(located.source).toBe('download');
    expect(located.version).toBe('0.99.0');
    // Installed in the tool cache, run from a private copy.
    expect(existsSync(join(work, 'tool-cache', 'trivy', '0.99.0', process.arch, 'trivy'))).toBe(true);
    expect(located.binary.startsWith(join(work, 'runner-temp') + '/')).toBe(true);
    expect(await trivyVersion(located.binary, process.env)).toBe('0.99.0');
    expect(logger.lines.map((line) => line.message)).toContain(
      `Not using ${join(work, 'path-bin', 'trivy')}: Trivy 0.50.0, not the pinned 0.99.0; installing Trivy 0.99.0`,
    );
    expect(requests.sort()).toEqual([
      `/releases/download/v0.99.0/${releaseAssetName('0.99.0', process.platform, process.arch)}`,
      '/releases/download/v0.99.0/trivy_0.99.0_checksums.txt',
    ]);

    const again = await locateTrivy(options('0.99.0'));
    expect(again).toMatchObject({ version: '0.99.0', source: 'cache' });
    expect(requests).toHaveLength(2);
  });

  describe('a Trivy taken from the tool cache', () => {
    /** Installs 0.99.5 through a verified download; returns the binary in the tool cache. */
    async function installed(): Promise<string> {
      otherTrivyOnPath();
      publish('0.99.5');
      const located = await locateTrivy(options('0.99.5'));
      expect(located.source).toBe('download');
      return join(work, 'tool-cache', 'trivy', '0.99.5', process.arch, 'trivy');
    }

    it('is hashed as it is copied to a private folder, and the copy runs when it is the binary that was installed', async () => {
      const binary = await installed();
      const record = JSON.parse(readFileSync(join(dirname(binary), '.image-gate-install.json'), 'utf8')) as Record<string, string>;
      expect(record.trivy).toBe(createHash('sha256').update(readFileSync(binary)).digest('hex'));
      const logger = recordingLogger();
      const located = await locateTrivy(options('0.99.5', logger));
      expect(located).toMatchObject({ version: '0.99.5', source: 'cache' });
      expect(dirname(dirname(located.binary))).toBe(join(work, 'runner-temp'));
      expect(statSync(dirname(located.binary)).mode & 0o777).toBe(0o700);
      expect(statSync(located.binary).mode & 0o777).toBe(0o700);
      expect(readFileSync(located.binary).equals(readFileSync(binary))).toBe(true);
      expect(logger.lines.map((line) => line.message)).toContain(
        `Using Trivy 0.99.5 from the tool cache (${binary}), verified against its install record, run from a private copy (${located.binary})`,
      );
      expect(requests).toHaveLength(2);
    });

    it('cannot be swapped between the check and the run: what runs is the copy that was hashed', async () => {
      const binary = await installed();
      const located = await locateTrivy(options('0.99.5'));
      expect(located.source).toBe('cache');
      // Replaced in the tool cache after it was verified, before the scan runs it.
      const marker = join(work, 'swapped-ran');
      versionedTrivy(dirname(binary), '0.99.5', marker);
      expect(await trivyVersion(located.binary, process.env)).toBe('0.99.5');
      expect(existsSync(marker)).toBe(false);
      // The premise: the swapped file would have run, had the gate run the tool cache's path.
      expect(await trivyVersion(binary, process.env)).toBe('0.99.5');
      expect(existsSync(marker)).toBe(true);
    });

    it('is not copied into a temporary folder that others can write', async () => {
      await installed();
      const shared = join(work, 'shared-temp');
      mkdirSync(shared);
      chmodSync(shared, 0o777);
      const error = await gateError(locateTrivy({ ...options('0.99.5'), tempDir: shared }));
      expect(error.kind).toBe('infrastructure');
      expect(error.message).toBe(
        `The temporary folder ${shared} is not private (owned by uid ${statSync(shared).uid}, mode 777), so a verified Trivy copied there could be replaced before it runs`,
      );
    });

    it('is never run when it was replaced after install: a warning names it and a verified copy replaces it', async () => {
      const binary = await installed();
      const genuine = readFileSync(binary);
      const marker = join(work, 'tampered-ran');
      // Same version answer, so only the hash can tell it apart.
      versionedTrivy(dirname(binary), '0.99.5', marker);
      const logger = recordingLogger();
      const located = await locateTrivy(options('0.99.5', logger));
      expect(located).toMatchObject({ version: '0.99.5', source: 'download' });
      expect(readFileSync(located.binary).equals(genuine)).toBe(true);
      expect(existsSync(marker)).toBe(false);
      expect(readFileSync(binary).equals(genuine)).toBe(true);
      const warning = logger.lines.find((line) => line.level === 'warning')?.message ?? '';
      expect(warning.startsWith(`Not using the cached Trivy ${binary}: it hashes to `)).toBe(true);
      expect(warning).toMatch(/: it hashes to [0-9a-f]{64}, not [0-9a-f]{64} as recorded when it was installed \(the tool cache was changed\); /);
      expect(warning).toContain('downloading a verified copy instead');
      expect(requests).toHaveLength(4);
    });

    it('is not used without an install record (e.g. another tool installed it under the same name)', async () => {
      const binary = await installed();
      rmSync(join(dirname(binary), '.image-gate-install.json'));
      const logger = recordingLogger();
      expect((await locateTrivy(options('0.99.5', logger))).source).toBe('download');
      expect(logger.lines.find((line) => line.level === 'warning')?.message).toBe(
        `Not using the cached Trivy ${binary}: it has no install record (.image-gate-install.json), so it cannot be shown to be the binary image-gate verified; downloading a verified copy instead`,
      );
      expect(existsSync(join(dirname(binary), '.image-gate-install.json'))).toBe(true);
    });

    it('fails the run, never running it, when it was tampered with and no verified copy can be had', async () => {
      const binary = await installed();
      const marker = join(work, 'tampered-ran');
      versionedTrivy(dirname(binary), '0.99.5', marker);
      served.clear();
      const logger = recordingLogger();
      const error = await gateError(locateTrivy(options('0.99.5', logger)));
      expect(error.kind).toBe('infrastructure');
      expect(error.message).toMatch(/^Could not download .*trivy_0\.99\.5_checksums\.txt: Unexpected HTTP response: 404$/);
      expect(
        logger.lines.some((line) => line.level === 'warning' && line.message.startsWith(`Not using the cached Trivy ${binary}: it hashes to`)),
      ).toBe(true);
      expect(existsSync(marker)).toBe(false);
    });
  });

  it('refuses an archive whose checksum does not match, and never runs it', async () => {
    otherTrivyOnPath();
    const marker = join(work, 'ran');
    const real = publish('0.99.1', { marker, checksum: () => 'f'.repeat(64) });
    const error = await gateError(locateTrivy(options('0.99.1')));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(
      `Checksum mismatch for ${releaseAssetName('0.99.1', process.platform, process.arch)}: the download hashes to ${real}, ` +
        `${baseUrl}/v0.99.1/trivy_0.99.1_checksums.txt says ${'f'.repeat(64)}; refusing to install it`,
    );
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(work, 'tool-cache', 'trivy', '0.99.1'))).toBe(false);
  });

  it('refuses an archive the checksums file does not list', async () => {
    otherTrivyOnPath();
    publish('0.99.2', { checksum: () => undefined });
    const error = await gateError(locateTrivy(options('0.99.2')));
    expect(error.message).toBe(
      `${baseUrl}/v0.99.2/trivy_0.99.2_checksums.txt lists no checksum for ${releaseAssetName('0.99.2', process.platform, process.arch)}; refusing to install an unverified Trivy`,
    );
  });

  it('refuses a release of the pinned version that differs from the recorded hash, even with a matching checksums file', async () => {
    otherTrivyOnPath();
    const marker = join(work, 'ran');
    const real = publish(DEFAULT_TRIVY_VERSION, { marker });
    const error = await gateError(locateTrivy(options(DEFAULT_TRIVY_VERSION)));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toContain(`the download hashes to ${real}, but Trivy ${DEFAULT_TRIVY_VERSION} is known to be `);
    expect(existsSync(marker)).toBe(false);
  });

  it('fails clearly when the release cannot be downloaded', async () => {
    otherTrivyOnPath();
    const error = await gateError(locateTrivy(options('0.99.3')));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toMatch(/^Could not download .*\/v0\.99\.3\/trivy_0\.99\.3_checksums\.txt: Unexpected HTTP response: 404$/);
  });

  it('refuses to install the malicious 0.69.4 release', async () => {
    otherTrivyOnPath();
    const error = await gateError(locateTrivy(options('0.69.4')));
    expect(error.kind).toBe('config');
    expect(error.message).toBe('Trivy version 0.69.4 is a known malicious Trivy release; pin another version');
    expect(requests).toEqual([]);
  });
});

// The stand-in only works if it stays executable; a lost mode bit would fail every test above obscurely.
it('the stand-in is executable', () => {
  expect(spawnSync(STANDIN, ['--version']).stdout.toString()).toBe('Version: 0.74.0\n');
});
