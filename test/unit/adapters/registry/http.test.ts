import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/core/model/logger.js';
import { displayUrl, isLoopbackHost, Transport } from '../../../../src/adapters/registry/http.js';

function transport(insecureRegistries: string[] = []): Transport {
  return new Transport({ logger: silentLogger, userAgent: 't', timeoutMs: 1000, retryDelaysMs: [], insecureRegistries });
}

describe('which scheme a registry gets', () => {
  it('uses https for every host that is not loopback', () => {
    const t = transport();
    for (const host of ['ghcr.io', 'registry-1.docker.io', '10.0.0.5:5000', '192.168.1.2', 'localhost.example.com', '128.0.0.1', '[fc00::1]:5000']) {
      expect(t.baseUrl(host).protocol, host).toBe('https:');
    }
  });

  it('uses plain http for loopback hosts', () => {
    const t = transport();
    for (const host of ['localhost:5000', 'LOCALHOST', '127.0.0.1:40123', '127.1.2.3', '[::1]:5000']) {
      expect(t.baseUrl(host).protocol, host).toBe('http:');
    }
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false);
  });

  it('uses plain http for registries the user lists as insecure, by host or host:port', () => {
    const t = transport(['registry.lan:5000', 'http://mirror.lan']);
    expect(t.baseUrl('registry.lan:5000').protocol).toBe('http:');
    expect(t.baseUrl('registry.lan:5001').protocol).toBe('https:');
    expect(t.baseUrl('mirror.lan').protocol).toBe('http:');
    expect(t.baseUrl('mirror.lan:8080').protocol).toBe('http:');
  });

  it('drops the query from URLs it shows', () => {
    expect(displayUrl(new URL('https://s3.example/bucket/blob?X-Amz-Signature=abc'))).toBe('https://s3.example/bucket/blob');
  });
});
