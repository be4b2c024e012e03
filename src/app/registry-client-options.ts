import type { GateConfig } from '../config/types.js';
import type { RegistryClientOptions } from '../adapters/registry/index.js';
import type { GateEnvironment } from './gate-environment.js';

/** What every registry client of a run is built with: the configured credentials, insecure registries and logger. */
export function registryClientOptions(config: GateConfig, environment: GateEnvironment): RegistryClientOptions {
  return { credentials: config.registry.credentials, insecureRegistries: config.registry.insecure, logger: environment.logger };
}
