import type { GateConfig, ImageSource } from '../../config/types.js';
import { describeError, fileMistakes } from '../../core/model/errors.js';
import type { ImageOutcome } from '../../core/model/result.js';
import { repositoryName } from '../../core/model/image-reference.js';
import type { RunContext } from '../context.js';
import { gateImage } from './gate-image.js';

export type { ImageOutcome } from '../../core/model/result.js';

/**
 * Every image of the step, concurrently: pinning, registry reads and signature checks overlap (through the
 * run's one registry client, so one token serves them all), and so do their Trivy scans, up to `parallel` at
 * once (see TrivyRun). One outcome per input, or per platform of an input that is an index (consecutive, in the
 * index's order, each with the input's `input`). One image's or platform's error does not hide the others'
 * verdicts; it is reported with them and fails the step.
 */
export async function gateImages(config: GateConfig, context: RunContext): Promise<ImageOutcome[]> {
  const settled = await Promise.allSettled(config.sources.map((source) => gateImage(config, source, context)));
  return settled.flatMap((outcome, index): ImageOutcome[] => {
    const source = config.sources[index];
    const input = describeInput(source);
    if (outcome.status === 'rejected') return [errorOutcome(input, source, outcome.reason)];
    return outcome.value.map((gated) =>
      gated.result !== undefined ? { input, result: gated.result } : errorOutcome(input, source, gated.error, gated.platform),
    );
  });
}

function errorOutcome(input: string, source: ImageSource | undefined, reason: unknown, platform?: string): ImageOutcome {
  const repository = namedRepository(source);
  const mistakes = fileMistakes(reason);
  return {
    input,
    error: describeError(reason),
    ...(platform !== undefined && { platform }),
    ...(repository !== undefined && { repository }),
    ...(mistakes !== undefined && { mistakes }),
  };
}

function describeInput(source: ImageSource | undefined): string {
  if (source === undefined) return '?';
  return source.kind === 'input' || source.kind === 'report' ? source.path : source.image.written;
}

/** The repository as a verdict would have named it (acquire-scan's subject), from the input alone. */
function namedRepository(source: ImageSource | undefined): string | undefined {
  return source?.image === undefined ? undefined : repositoryName(source.image.reference);
}
