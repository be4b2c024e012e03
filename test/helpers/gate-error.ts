/** The GateError a call fails with, for tests that then check its kind and message. */
import { GateError } from '../../src/core/model/errors.js';

/** The GateError `promise` rejects with. Any other error is rethrown, and a promise that resolves fails the test. */
export async function gateError(promise: Promise<unknown>): Promise<GateError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GateError) return error;
    throw error;
  }
  throw new Error('expected a GateError, but the promise resolved');
}

/** The GateError `run` throws. Any other error is rethrown, and a call that returns fails the test. */
export function thrownGateError(run: () => unknown, unexpected = 'expected a GateError, but nothing was thrown'): GateError {
  try {
    run();
  } catch (error) {
    if (error instanceof GateError) return error;
    throw error;
  }
  throw new Error(unexpected);
}
