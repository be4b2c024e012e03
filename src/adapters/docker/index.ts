/** The Docker adapter: a daemon's image exported to an archive Trivy scans. */
export { exportDaemonImage } from './daemon.js';
