import { describe, expect, it } from 'vitest';
import { findingId, findingPackage, findingPath, type Finding } from '../../../../src/core/model/findings.js';

/** One finding of each kind, as the Trivy adapter builds them: what ignore rules' id, package and path match. */
const FINDINGS: { finding: Finding; expected: { id: string; package: string | undefined; path: string } }[] = [
  {
    finding: {
      kind: 'vulnerability',
      id: 'CVE-2023-4911',
      packageName: 'libc6',
      installedVersion: '2.36-9',
      severity: 'HIGH',
      title: 'glibc: buffer overflow',
      target: 'debian 12',
      targetClass: 'os-pkgs',
    },
    expected: { id: 'CVE-2023-4911', package: 'libc6', path: 'debian 12' },
  },
  {
    finding: {
      kind: 'vulnerability',
      id: 'CVE-2022-1471',
      packageName: 'org.yaml:snakeyaml',
      installedVersion: '1.33',
      severity: 'HIGH',
      title: 'snakeyaml',
      target: 'Java',
      targetClass: 'lang-pkgs',
      packagePath: 'app/lib/snakeyaml-1.33.jar',
    },
    expected: { id: 'CVE-2022-1471', package: 'org.yaml:snakeyaml', path: 'app/lib/snakeyaml-1.33.jar' },
  },
  {
    finding: {
      kind: 'secret',
      ruleId: 'aws-access-key-id',
      category: 'AWS',
      severity: 'CRITICAL',
      title: 'AWS Access Key ID',
      target: '/app/.env',
      startLine: 3,
      endLine: 3,
    },
    expected: { id: 'aws-access-key-id', package: undefined, path: '/app/.env' },
  },
  {
    finding: {
      kind: 'misconfiguration',
      id: 'DS-0002',
      title: 'Image user should not be root',
      message: 'Specify at least 1 USER command',
      severity: 'HIGH',
      status: 'FAIL',
      target: 'Dockerfile',
    },
    expected: { id: 'DS-0002', package: undefined, path: 'Dockerfile' },
  },
  {
    finding: { kind: 'license', name: 'GPL-3.0-only', category: 'restricted', severity: 'HIGH', packageName: 'bash', target: 'OS Packages' },
    expected: { id: 'GPL-3.0-only', package: 'bash', path: 'OS Packages' },
  },
  {
    finding: {
      kind: 'license',
      name: 'AGPL-3.0',
      category: 'forbidden',
      severity: 'CRITICAL',
      packageName: '',
      filePath: '/usr/share/doc/app/LICENSE',
      target: 'Loose File License(s)',
    },
    expected: { id: 'AGPL-3.0', package: undefined, path: '/usr/share/doc/app/LICENSE' },
  },
];

describe('what ignore rules match a finding on', () => {
  it.each(FINDINGS)('a $finding.kind: $expected.id', ({ finding, expected }) => {
    expect({ id: findingId(finding), package: findingPackage(finding), path: findingPath(finding) }).toEqual(expected);
  });
});
