import type { Logger } from '../core/model/logger.js';
import { oneLine } from '../report/text/log-text.js';
import type { ActionOutput } from './output.js';

/**
 * The library's logger in the Action. A library message is one line that may quote the image, the registry
 * or Trivy, so a line break inside it is collapsed before it reaches the seam; its warnings join the step's
 * annotation budget.
 */
export function actionsLogger(output: ActionOutput): Logger {
  return {
    debug: (message) => output.debug(oneLine(message)),
    info: (message) => output.info(oneLine(message)),
    warning: (message) => output.libraryWarning(oneLine(message)),
  };
}
