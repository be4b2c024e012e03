import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVexStatements } from '../../../../src/adapters/vex/index.js';
import { GateError } from '../../../../src/core/model/errors.js';

/** Trivy's own OpenVEX, CycloneDX and CSAF test documents (test/fixtures/vex/trivy-testdata), read as the vex input reads them. */
const fixture = (name: string) => ({
  path: new URL(`../../../fixtures/vex/trivy-testdata/${name}`, import.meta.url).pathname,
  display: `vex/${name}`,
});
const temp = mkdtempSync(join(tmpdir(), 'vex-test-'));

type OpenVexJson = Record<string, unknown> & { statements: Record<string, unknown>[] };

/** openvex.json with one change, written to a temporary file. */
function altered(change: (document: OpenVexJson) => void) {
  const document = JSON.parse(readFileSync(fixture('openvex.json').path, 'utf8')) as OpenVexJson;
  change(document);
  const path = join(temp, `altered-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(document));
  return { path, display: 'vex/altered.json' };
}

async function configErrorOf(files: { path: string; display: string }[]): Promise<GateError> {
  const error: unknown = await readVexStatements(files).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof GateError)) throw new Error(`expected a GateError, got ${String(error)}`);
  return error;
}

describe('OpenVEX documents are read into statements', () => {
  it('openvex.json: the vulnerability, product, status, justification, and the document author and timestamp cascaded', async () => {
    expect(await readVexStatements([fixture('openvex.json')])).toEqual([
      {
        vulnerability: { name: 'CVE-2021-44228', aliases: [] },
        products: [{ purl: 'pkg:maven/org.springframework.boot/spring-boot@2.6.0', subcomponents: [] }],
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        author: 'Aqua Security',
        document: 'vex/openvex.json',
        timestamp: '2023-01-16T19:07:16.853479631-06:00',
      },
    ]);
  });

  it("openvex-multiple.json: a statement's own timestamp wins over the document's", async () => {
    const [first, second] = await readVexStatements([fixture('openvex-multiple.json')]);
    expect(first).toMatchObject({ status: 'affected', timestamp: '2023-01-15T01:02:03.853479631-06:00' });
    expect(second).toMatchObject({ status: 'not_affected', timestamp: '2023-01-16T19:07:16.853479631-06:00' });
  });

  it('openvex-nested.json and openvex-oci.json: subcomponents are kept as package URLs', async () => {
    const [nested] = await readVexStatements([fixture('openvex-nested.json')]);
    expect(nested?.products).toEqual([
      { purl: 'pkg:golang/github.com/aquasecurity/go-direct1@v2.0.0', subcomponents: ['pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0'] },
    ]);
    const [oci] = await readVexStatements([fixture('openvex-oci.json')]);
    expect(oci?.products).toEqual([{ purl: 'pkg:oci/debian', subcomponents: ['pkg:deb/debian/bash'] }]);
  });

  it('several files: their statements in the order given, each naming its file', async () => {
    const statements = await readVexStatements([fixture('openvex.json'), fixture('openvex-oci.json')]);
    expect(statements.map((s) => s.document)).toEqual(['vex/openvex.json', 'vex/openvex-oci.json']);
  });

  it('identifiers.purl stands in for an @id that is not a package URL; aliases, impact statement and author are read', async () => {
    const file = altered((document) => {
      document.statements[0] = {
        vulnerability: { name: 'CVE-2021-44228', aliases: ['GHSA-jfh8-c2jp-5v3q'] },
        products: [{ '@id': 'https://example.com/app', identifiers: { purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1' } }],
        status: 'not_affected',
        impact_statement: 'JNDI lookups are disabled',
        author: 'Acme Security',
      };
    });
    expect(await readVexStatements([file])).toEqual([
      expect.objectContaining({
        vulnerability: { name: 'CVE-2021-44228', aliases: ['GHSA-jfh8-c2jp-5v3q'] },
        products: [{ purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', subcomponents: [] }],
        impactStatement: 'JNDI lookups are disabled',
        author: 'Acme Security',
      }),
    ]);
  });
});

describe('a malformed or unsupported VEX document is a config error naming the file and the field', () => {
  const first = (document: OpenVexJson): Record<string, unknown> => {
    const [statement] = document.statements;
    if (statement === undefined) throw new Error('openvex.json has a statement');
    return statement;
  };
  it.each<[string, (document: OpenVexJson) => void, string]>([
    [
      'a not_affected statement without justification or impact statement',
      (d) => {
        delete first(d).justification;
      },
      'statements.0.justification',
    ],
    [
      'an unknown status',
      (d) => {
        first(d).status = 'safe';
      },
      'statements.0.status',
    ],
    [
      'an unknown justification',
      (d) => {
        first(d).justification = 'trust_me';
      },
      'statements.0.justification',
    ],
    [
      'a statement without vulnerability name',
      (d) => {
        first(d).vulnerability = {};
      },
      'statements.0.vulnerability.name',
    ],
    [
      'no author',
      (d) => {
        delete d.author;
      },
      'author',
    ],
    [
      'a timestamp that is no time',
      (d) => {
        d.timestamp = 'yesterday';
      },
      'timestamp',
    ],
    [
      'no statements',
      (d) => {
        d.statements = [];
      },
      'statements',
    ],
    [
      'another @context version',
      (d) => {
        d['@context'] = 'https://openvex.dev/ns/v9';
      },
      '@context',
    ],
  ])('%s', async (_case, change, field) => {
    const error = await configErrorOf([altered(change)]);
    expect(error.kind).toBe('config');
    expect(error.message).toContain('VEX document vex/altered.json: field ' + field + ':');
  });

  it.each([
    ['cyclonedx.json', 'CycloneDX'],
    ['csaf.json', 'CSAF'],
  ])('%s: unsupported VEX format (%s), naming the file', async (name, format) => {
    const error = await configErrorOf([fixture(name)]);
    expect(error.kind).toBe('config');
    expect(error.message).toBe(`VEX document vex/${name}: unsupported VEX format (${format}); only OpenVEX v0.2.0 is read`);
  });

  it('JSON that is no VEX document, and a file that is not JSON or missing', async () => {
    const array = join(temp, 'array.json');
    writeFileSync(array, '[]');
    expect((await configErrorOf([{ path: array, display: 'a.json' }])).message).toContain('a.json: unsupported VEX format (not a JSON object)');
    const other = join(temp, 'other.json');
    writeFileSync(other, '{"statements": []}');
    expect((await configErrorOf([{ path: other, display: 'o.json' }])).message).toContain('o.json: unsupported VEX format (no OpenVEX @context)');
    const text = join(temp, 'text.json');
    writeFileSync(text, 'not json');
    expect((await configErrorOf([{ path: text, display: 't.json' }])).message).toContain('t.json');
    expect((await configErrorOf([{ path: join(temp, 'missing.json'), display: 'm.json' }])).kind).toBe('config');
  });
});
