import type { Logger } from '../core/model/logger.js';

/** What a run's use cases get from the shell that starts them. */
export interface GateEnvironment {
  logger: Logger;
  now: () => Date;
  /** Relative paths in reports (Dockerfile, policy) are shown relative to this. */
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** Inside GitHub Actions: keep Trivy's DB in the Actions cache between runs. */
  actionsCache?: boolean;
}
