import { describe, expect, it } from 'vitest';
import { runProcess } from '../../../../src/adapters/process/run-process.js';

describe('runProcess', () => {
  it('writes the given stdin to the child and closes it, so a reader sees the text and then end of file', async () => {
    const outcome = await runProcess('cat', [], { baseEnv: process.env, timeoutMs: 10_000, stdin: 'https://index.docker.io/v1/\n' });
    expect(outcome).toMatchObject({ exitCode: 0, signal: null, timedOut: false, stdoutOverflowed: false });
    expect(outcome.stdout).toBe('https://index.docker.io/v1/\n');
  });

  it('gives a child without stdin an immediate end of file, never a stdin left open', async () => {
    const outcome = await runProcess('cat', [], { baseEnv: process.env, timeoutMs: 10_000 });
    expect(outcome).toMatchObject({ exitCode: 0, timedOut: false, stdout: '' });
  });

  it('passes arguments as they are, with no shell to expand them', async () => {
    const outcome = await runProcess('echo', ['$HOME', '*', '; true'], { baseEnv: process.env, timeoutMs: 10_000 });
    expect(outcome.stdout).toBe('$HOME * ; true\n');
  });

  it('keeps only the first maxStdoutBytes and says so, letting the program finish by default', async () => {
    const outcome = await runProcess('head', ['-c', '300000', '/dev/zero'], { baseEnv: process.env, timeoutMs: 10_000, maxStdoutBytes: 1024 });
    expect(outcome).toMatchObject({ exitCode: 0, signal: null, stdoutOverflowed: true, timedOut: false });
    expect(outcome.stdout.length).toBeLessThan(300_000);
  });

  it('stops a program that writes past the cap when asked to, long before its deadline', async () => {
    const started = Date.now();
    const outcome = await runProcess('yes', [], { baseEnv: process.env, timeoutMs: 20_000, maxStdoutBytes: 4096, stopOnStdoutOverflow: true });
    expect(outcome).toMatchObject({ signal: 'SIGKILL', stdoutOverflowed: true, timedOut: false });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('kills a program that outlives its deadline and reports the timeout', async () => {
    const outcome = await runProcess('sleep', ['30'], { baseEnv: process.env, timeoutMs: 200 });
    expect(outcome).toMatchObject({ timedOut: true, signal: 'SIGKILL', exitCode: null });
  });

  it('rejects when the program cannot be started', async () => {
    await expect(runProcess('image-gate-no-such-program', [], { baseEnv: process.env, timeoutMs: 1000 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
