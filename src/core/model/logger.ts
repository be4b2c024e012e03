/**
 * What library code logs through. The action backs it with @actions/core, the CLI with stderr,
 * tests with an array they can assert on.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

/** Drops a message: for a logger, or one level of it, that nobody reads. */
export function discard(): void {
  // Nothing to do.
}

export const silentLogger: Logger = { debug: discard, info: discard, warning: discard };

export interface RecordedLine {
  level: 'debug' | 'info' | 'warning';
  message: string;
}

export function recordingLogger(): Logger & { lines: RecordedLine[] } {
  const lines: RecordedLine[] = [];
  return {
    lines,
    debug: (message) => lines.push({ level: 'debug', message }),
    info: (message) => lines.push({ level: 'info', message }),
    warning: (message) => lines.push({ level: 'warning', message }),
  };
}
