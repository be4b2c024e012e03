/**
 * Pushes OCI artifacts that are not container images to the test registry, shaped as their own tools push
 * them: a Helm chart (`helm push`), a WASM module (wasm-to-oci / the CNCF WASM OCI artifact layout), an SBOM
 * with the empty config (`oras attach`/`oras push` with `--artifact-type`). Also removes a blob from a
 * repository, as a registry's garbage collection or a partial mirror leaves an image.
 */
import { OCI, pushBlob, pushManifest } from './oci-push.js';

export const HELM = {
  config: 'application/vnd.cncf.helm.config.v1+json',
  chart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
} as const;
export const WASM = { config: 'application/vnd.wasm.config.v0+json', layer: 'application/wasm' } as const;
export const OCI_EMPTY_CONFIG = { mediaType: 'application/vnd.oci.empty.v1+json', bytes: Buffer.from('{}') } as const;
export const SPDX_JSON = 'application/spdx+json';

export interface ArtifactSpec {
  config: { mediaType: string; bytes: Buffer };
  layers: { mediaType: string; bytes: Buffer }[];
  artifactType?: string;
}

export interface PushedArtifactManifest {
  repository: string;
  tag: string;
  digest: string;
  mediaType: string;
  size: number;
  configDigest: string;
}

/** One OCI image manifest carrying any config and layers, pushed under a tag. */
export async function pushArtifact(host: string, repository: string, tag: string, spec: ArtifactSpec): Promise<PushedArtifactManifest> {
  const configDigest = await pushBlob(host, repository, spec.config.bytes);
  const layers = [];
  for (const layer of spec.layers) {
    layers.push({ mediaType: layer.mediaType, digest: await pushBlob(host, repository, layer.bytes), size: layer.bytes.length });
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI.manifest,
    ...(spec.artifactType !== undefined && { artifactType: spec.artifactType }),
    config: { mediaType: spec.config.mediaType, digest: configDigest, size: spec.config.bytes.length },
    layers,
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = await pushManifest(host, repository, tag, bytes, OCI.manifest);
  return { repository, tag, digest, mediaType: OCI.manifest, size: bytes.length, configDigest };
}

/** A Helm 3 chart as `helm push` stores it: Chart.yaml's fields as the config, the chart tarball as the one layer. */
export function helmChart(name: string, version: string): ArtifactSpec {
  return {
    config: { mediaType: HELM.config, bytes: Buffer.from(JSON.stringify({ name, version, apiVersion: 'v2', type: 'application' })) },
    layers: [{ mediaType: HELM.chart, bytes: Buffer.from(`${name}-${version}.tgz stand-in bytes`) }],
  };
}

/** A WASM module: its own config media type, the module's bytes (the `\0asm` magic and version 1) as the layer. */
export function wasmModule(): ArtifactSpec {
  return {
    config: { mediaType: WASM.config, bytes: Buffer.from(JSON.stringify({ created: '2024-01-01T00:00:00Z', architecture: 'wasm', os: 'wasip1' })) },
    layers: [{ mediaType: WASM.layer, bytes: Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]) }],
  };
}

/** An SBOM artifact with OCI 1.1's empty config and an artifactType, as `oras push --artifact-type` writes it. */
export function sbomArtifact(): ArtifactSpec {
  return {
    artifactType: SPDX_JSON,
    config: OCI_EMPTY_CONFIG,
    layers: [{ mediaType: SPDX_JSON, bytes: Buffer.from(JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'app' })) }],
  };
}

/**
 * Unlinks a blob from the repository (distribution's DELETE, enabled in the test registry): the manifest still
 * names it, the registry answers 404 BLOB_UNKNOWN for it.
 */
export async function deleteBlob(host: string, repository: string, digest: string): Promise<void> {
  const response = await fetch(`http://${host}/v2/${repository}/blobs/${digest}`, { method: 'DELETE' });
  if (response.status !== 202) throw new Error(`deleting blob ${digest} of ${repository} answered ${response.status}: ${await response.text()}`);
  await response.body?.cancel();
  const check = await fetch(`http://${host}/v2/${repository}/blobs/${digest}`, { method: 'HEAD' });
  if (check.status !== 404) throw new Error(`blob ${digest} of ${repository} is still served (${check.status}) after its deletion`);
}
