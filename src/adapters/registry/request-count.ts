/**
 * Counting the registry requests a piece of work sends, through whichever client: a file of its own so the count is
 * importable from the registry face without pulling the client (loaded lazily) into the entry chunk.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** A count of requests sent within one countRequests call, and the count of the call it runs inside, if any. */
interface Tally {
  sent: number;
  outer: Tally | undefined;
}

/** The tally of the countRequests call the current code runs in: it follows the async calls, not the client. */
const tallies = new AsyncLocalStorage<Tally>();

/**
 * Runs `work` and counts the registry requests it sends (token requests included), through any client: its own
 * cost, exact even while other images of the run send requests through the same client at the same time.
 */
export async function countRequests<T>(work: () => Promise<T>): Promise<{ value: T; requests: number }> {
  const tally: Tally = { sent: 0, outer: tallies.getStore() };
  const value = await tallies.run(tally, work);
  return { value, requests: tally.sent };
}

/** Called by the client's transport for every exchange it sends: each enclosing countRequests call counts it. */
export function countRequestSent(): void {
  for (let tally = tallies.getStore(); tally !== undefined; tally = tally.outer) tally.sent++;
}
