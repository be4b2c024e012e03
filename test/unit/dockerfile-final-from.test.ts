import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finalFromLine } from '../../src/dockerfile/final-from.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/dockerfiles/${name}`, import.meta.url), 'utf8');

function lastFromLineByHand(text: string): number {
  const lines = text.split('\n');
  for (let index = lines.length - 1; index >= 0; index--) {
    if (/^\s*FROM\s/i.test(lines[index] ?? '')) return index + 1;
  }
  return -1;
}

describe('finalFromLine', () => {
  it.each([
    'argoproj-argo-cd.Dockerfile',
    'docker-buildx.Dockerfile',
    'prometheus.Dockerfile',
    'dotnet-framework-sdk-4.8.1-windowsservercore-ltsc2022.Dockerfile',
  ])('finds the final FROM of %s', (name) => {
    const text = fixture(name);
    const line = finalFromLine(text, name);
    expect(text.split('\n')[line - 1]).toMatch(/^\s*FROM\s/i);
    expect(line).toBe(lastFromLineByHand(text));
  });

  it('counts lines across continuations and comments', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM alpine AS build\nRUN echo a \\\n  b\n\n# final\nFROM \\\n  scratch\nCOPY --from=build / /\n';
    expect(finalFromLine(text, 'inline')).toBe(7);
  });

  it('rejects a Dockerfile without FROM, naming it', () => {
    expect(() => finalFromLine('RUN echo hi\n', 'app/Dockerfile')).toThrow('Dockerfile app/Dockerfile has no FROM instruction');
  });
});
