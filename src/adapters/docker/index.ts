/** The Docker adapter: a daemon's image exported to an archive Trivy scans. */
export { exportDaemonImage, type DockerTls } from './daemon.js';
