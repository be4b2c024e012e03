import type { TestProject } from 'vitest/node';
import { startDockerEngine, startRegistry, type RunningService } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** host:port of a registry without auth. */
    registryHost: string;
    /** Its storage root, so tests can corrupt a blob on disk. */
    registryDataDir: string;
    /** host:port of a registry with Basic auth. */
    authRegistryHost: string;
    authRegistryUser: string;
    authRegistryPassword: string;
    /** unix:///…/docker.sock of a private dockerd. */
    dockerHost: string;
    dockerSocketPath: string;
  }
}

const running: RunningService[] = [];

export async function setup(project: TestProject): Promise<void> {
  const [registry, authRegistry, docker] = await Promise.all([
    startRegistry(),
    startRegistry({ basicAuth: { username: 'gate-user', password: 'gate-secret-pw' } }),
    startDockerEngine(),
  ]);
  running.push(registry, authRegistry, docker);
  project.provide('registryHost', registry.host);
  project.provide('registryDataDir', registry.dataDir);
  project.provide('authRegistryHost', authRegistry.host);
  project.provide('authRegistryUser', 'gate-user');
  project.provide('authRegistryPassword', 'gate-secret-pw');
  project.provide('dockerHost', docker.host);
  project.provide('dockerSocketPath', docker.socketPath);
}

export async function teardown(): Promise<void> {
  await Promise.all(running.map((service) => service.stop()));
}
