/**
 * The services of the integration and e2e tiers: two docker-registries (one with Basic auth) and a private dockerd.
 * Both vitest projects name this setup, and vitest runs it once per project; the services are started once per
 * run all the same (the first project starts them, the last teardown stops them), so `npm test` pays for one
 * set. The unit tier does not name it and needs none of this.
 */
import type { TestProject } from 'vitest/node';
import { allStartedOrNone, startDockerEngine, startRegistry, type DockerEngineService, type RegistryService } from './services.js';

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

const AUTH = { username: 'gate-user', password: 'gate-secret-pw' };

interface Services {
  registry: RegistryService;
  authRegistry: RegistryService;
  docker: DockerEngineService;
}

/** Shared through globalThis: vitest loads this file once per project, each time as a new module. */
interface SharedServices {
  projects: number;
  started: Promise<Services>;
}
const SHARED = Symbol.for('image-gate.test-services');
const holder = globalThis as { [SHARED]?: SharedServices };

async function startServices(): Promise<Services> {
  const registry = startRegistry();
  const authRegistry = startRegistry({ basicAuth: AUTH });
  const docker = startDockerEngine();
  await allStartedOrNone([registry, authRegistry, docker]);
  return { registry: await registry, authRegistry: await authRegistry, docker: await docker };
}

export async function setup(project: Pick<TestProject, 'provide'>): Promise<void> {
  const shared = (holder[SHARED] ??= { projects: 0, started: startServices() });
  shared.projects += 1;
  const { registry, authRegistry, docker } = await shared.started;
  project.provide('registryHost', registry.host);
  project.provide('registryDataDir', registry.dataDir);
  project.provide('authRegistryHost', authRegistry.host);
  project.provide('authRegistryUser', AUTH.username);
  project.provide('authRegistryPassword', AUTH.password);
  project.provide('dockerHost', docker.host);
  project.provide('dockerSocketPath', docker.socketPath);
}

export async function teardown(): Promise<void> {
  const shared = holder[SHARED];
  if (!shared) return;
  shared.projects -= 1;
  if (shared.projects > 0) return;
  holder[SHARED] = undefined;
  // A start that failed has already stopped what it started.
  const services = await shared.started.catch(() => undefined);
  if (services) await Promise.all([services.registry.stop(), services.authRegistry.stop(), services.docker.stop()]);
}
