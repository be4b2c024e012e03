/** The process adapter: the one seam that starts a program (Trivy, credential helpers). */
export { runProcess, type ProcessEnvironment, type ProcessOutcome } from './run-process.js';
