/**
 * The full report kept as one workflow artifact, through the real @actions/artifact client against an
 * in-process fake of the artifact service (test/helpers/artifact-service-fake.ts): never GitHub's.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportFilesToKeep, uploadReportArtifact } from '../../src/app/publish/report-artifact.js';
import {
  fakeRuntimeToken,
  RUNTIME_TOKEN_SECRET,
  SIGNED_URL_SECRET,
  startArtifactServiceFake,
  type ArtifactServiceFake,
} from '../helpers/artifact-service-fake.js';

const github = { serverUrl: 'https://github.com', repository: 'acme/app', runId: '77' };

let fake: ArtifactServiceFake;
const saved = { ...process.env };

beforeAll(async () => {
  fake = await startArtifactServiceFake();
  // @actions/artifact reads the runner's environment itself.
  process.env.ACTIONS_RUNTIME_TOKEN = fakeRuntimeToken();
  process.env.ACTIONS_RESULTS_URL = fake.url;
  process.env.GITHUB_SERVER_URL = 'https://github.com';
});
afterAll(async () => {
  process.env = saved;
  await fake.close();
});
afterEach(() => {
  delete fake.refuseWith;
  fake.created.length = 0;
  fake.finalized.clear();
  fake.ids.clear();
  vi.restoreAllMocks();
});

/** The step's files as the shell leaves them: the result file and SARIF where the user asked, Trivy's reports in their folder. */
function stepFiles(): { written: { sarifFile: string; resultFile: string }; trivyDir: string; tempDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-artifact-'));
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'gate.sarif'), '{"version":"2.1.0"}\n');
  writeFileSync(join(dir, 'out', 'result.json'), '{"outcome":"fail"}\n');
  const trivyDir = join(dir, 'trivy-reports');
  mkdirSync(trivyDir);
  writeFileSync(join(trivyDir, 'trivy-app-amd64.json'), '{"SchemaVersion":2}\n');
  writeFileSync(join(trivyDir, 'trivy-app-arm64.json'), '{"SchemaVersion":2,"x":1}\n');
  return { written: { sarifFile: join(dir, 'out', 'gate.sarif'), resultFile: join(dir, 'out', 'result.json') }, trivyDir, tempDir: join(dir, 'tmp') };
}

/** Everything printed while `run` runs: @actions/core logs to stdout. */
async function printed<T>(run: () => Promise<T>): Promise<{ value: T; text: string }> {
  const chunks: string[] = [];
  const spy = (chunk: string | Uint8Array): boolean => (chunks.push(String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(spy);
  vi.spyOn(process.stderr, 'write').mockImplementation(spy);
  const value = await run();
  vi.restoreAllMocks();
  return { value, text: chunks.join('') };
}

describe('uploadReportArtifact', () => {
  it('uploads one artifact holding exactly the result file, the SARIF and each Trivy report, and links its page', async () => {
    const { written, trivyDir, tempDir } = stepFiles();
    const files = await reportFilesToKeep(written, trivyDir);
    const { value: outcome, text } = await printed(() => uploadReportArtifact('image-gate-build-1a2b3c4d', files, { tempDir, github }));

    expect(outcome.notice).toBeUndefined();
    expect(fake.created.map((call) => call.name)).toEqual(['image-gate-build-1a2b3c4d']);
    // The premise of the no-token check below: the client did send the runtime token.
    expect(fake.created[0]?.authorization).toBe(`Bearer ${process.env.ACTIONS_RUNTIME_TOKEN}`);
    expect(fake.created[0]?.workflowRunBackendId).toBe('run-backend-1');
    const zip = fake.finalized.get('image-gate-build-1a2b3c4d');
    expect([...(zip?.keys() ?? [])].sort()).toEqual([
      'image-gate-result.json',
      'image-gate.sarif',
      'trivy/trivy-app-amd64.json',
      'trivy/trivy-app-arm64.json',
    ]);
    expect(zip?.get('trivy/trivy-app-arm64.json')?.toString()).toBe('{"SchemaVersion":2,"x":1}\n');
    expect(zip?.get('image-gate-result.json')?.toString()).toBe('{"outcome":"fail"}\n');
    expect(outcome.artifact).toEqual({
      name: 'image-gate-build-1a2b3c4d',
      url: `https://github.com/acme/app/actions/runs/77/artifacts/${fake.ids.get('image-gate-build-1a2b3c4d')}`,
      files: ['image-gate-result.json', 'image-gate.sarif', 'trivy/trivy-app-amd64.json', 'trivy/trivy-app-arm64.json'],
    });
    expect(text).not.toContain(RUNTIME_TOKEN_SECRET);
    expect(text).not.toContain(process.env.ACTIONS_RUNTIME_TOKEN);
  });

  it('a refused upload is an actionable notice, with no token and no signed URL in it or in the log', async () => {
    fake.refuseWith = { status: 403, msg: `storage refused https://blob.example/artifacts/x.zip?sig=${SIGNED_URL_SECRET} for this run` };
    const { written, trivyDir, tempDir } = stepFiles();
    const files = await reportFilesToKeep(written, trivyDir);
    const { value: outcome, text } = await printed(() => uploadReportArtifact('image-gate-build-1a2b3c4d', files, { tempDir, github }));

    expect(outcome.artifact).toBeUndefined();
    expect(outcome.notice?.actionable).toBe(true);
    expect(outcome.notice?.message).toContain('The full report was not kept as the workflow artifact image-gate-build-1a2b3c4d');
    expect(outcome.notice?.message).toContain('403');
    // The premise: the service's message, with its signed URL, is what the client's error quotes.
    expect(outcome.notice?.message).toContain('https://blob.example/artifacts/x.zip?…');
    expect(outcome.notice?.message).not.toContain(SIGNED_URL_SECRET);
    expect(`${outcome.notice?.message}${text}`).not.toContain(RUNTIME_TOKEN_SECRET);
    expect(fake.finalized.size).toBe(0);
  });

  it('without an id from the service no link is made up; without files nothing is uploaded', async () => {
    const { written, trivyDir, tempDir } = stepFiles();
    const files = await reportFilesToKeep(written, trivyDir);
    const outcome = await uploadReportArtifact('image-gate-x', files, { tempDir, github }, () => Promise.resolve({}));
    expect(outcome.artifact).toEqual({ name: 'image-gate-x', files: files.map((file) => file.name) });

    const none = await uploadReportArtifact('image-gate-y', [], { tempDir, github });
    expect(none).toEqual({});
    expect(fake.created).toEqual([]);
  });

  it('a Trivy reports folder that was never made (no scan ran) keeps only the step files', async () => {
    const { written } = stepFiles();
    const files = await reportFilesToKeep(written, join(tmpdir(), 'image-gate-no-such-folder-for-artifacts'));
    expect(files.map((file) => file.name)).toEqual(['image-gate-result.json', 'image-gate.sarif']);
  });
});
