import { describe, expect, it } from 'vitest';
import { ScanSlots } from '../../../../src/app/check/scan-slots.js';

/** A task the test finishes by hand, recording when it started. */
function controlled(started: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (reason: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    task: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(name),
    fail: () => fail(new Error(`${name} failed`)),
  };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ScanSlots', () => {
  it('runs at most `limit` tasks at once, the rest in the order they asked, and returns each its own result', async () => {
    const slots = new ScanSlots(2);
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((name) => controlled(started, name));
    const results = tasks.map(({ task }) => slots.run(task));
    await settle();
    expect(started).toEqual(['a', 'b']);

    tasks[1]?.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);

    tasks[0]?.finish();
    tasks[2]?.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    tasks[3]?.finish();
    tasks[4]?.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('frees the slot of a task that fails, and passes its error to its caller only', async () => {
    const slots = new ScanSlots(1);
    const started: string[] = [];
    const [first, second] = [controlled(started, 'first'), controlled(started, 'second')];
    const failing = slots.run(first.task);
    const next = slots.run(second.task);
    await settle();
    expect(started).toEqual(['first']);
    first.fail();
    await expect(failing).rejects.toThrow('first failed');
    await settle();
    expect(started).toEqual(['first', 'second']);
    second.finish();
    expect(await next).toBe('second');
  });

  it('with one slot, runs tasks one after another', async () => {
    const slots = new ScanSlots(1);
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await settle();
      running--;
    };
    await Promise.all([slots.run(task), slots.run(task), slots.run(task)]);
    expect(most).toBe(1);
  });

  it('refuses a limit below 1', () => {
    expect(() => new ScanSlots(0)).toThrow(RangeError);
  });
});
