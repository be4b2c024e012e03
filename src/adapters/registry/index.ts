/** The registry adapter: a read-only OCI registry client, its credentials, and the manifests it reads. */
export type { FetchedManifest, PinnedManifests, PlatformImage, PlatformManifest, RegistryClient, RegistryClientOptions } from './client.js';
export { defaultDockerConfigPath, normalizeRegistryHost } from './credentials.js';
export { isLoopbackHost } from './http.js';
export { formatPlatform, parseImageConfig, type Descriptor } from './manifest.js';
export { countRequests } from './request-count.js';

/**
 * RegistryClient, loaded on first use: a run that judges a Trivy report never talks to a registry, and a static
 * re-export here would put the client in the entry chunk, whoever imports this face.
 */
export async function loadRegistryClient() {
  const { RegistryClient } = await import('./client.js');
  return { RegistryClient };
}
