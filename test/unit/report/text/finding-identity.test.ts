import { describe, expect, it } from 'vitest';
import type { LicenseFinding, SecretFinding, VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import { findingIdentity } from '../../../../src/report/text/finding-identity.js';

const OS_PACKAGE: VulnerabilityFinding = {
  kind: 'vulnerability',
  id: 'CVE-2025-0001',
  packageName: 'openssl',
  installedVersion: '3.0.1',
  severity: 'HIGH',
  title: 'openssl: a flaw',
  target: 'debian 12.1',
  targetClass: 'os-pkgs',
  targetType: 'debian',
};

const SECRET: SecretFinding = {
  kind: 'secret',
  ruleId: 'aws-access-key-id',
  category: 'AWS',
  severity: 'CRITICAL',
  title: 'AWS Access Key ID',
  target: '/app/deploy.sh',
  startLine: 3,
  endLine: 3,
};

const same = (a: Parameters<typeof findingIdentity>[0], b: Parameters<typeof findingIdentity>[0]): boolean =>
  JSON.stringify(findingIdentity(a)) === JSON.stringify(findingIdentity(b));

describe('findingIdentity: the same finding wherever it is seen', () => {
  it('a rebuild that bumps the version or the point release is the same finding', () => {
    expect(same(OS_PACKAGE, { ...OS_PACKAGE, installedVersion: '3.0.2', target: 'debian 12.2', severity: 'CRITICAL' })).toBe(true);
  });

  it('another ID, package or package path is another finding', () => {
    expect(same(OS_PACKAGE, { ...OS_PACKAGE, id: 'CVE-2025-0002' })).toBe(false);
    expect(same(OS_PACKAGE, { ...OS_PACKAGE, packageName: 'libssl3' })).toBe(false);
    const jar: VulnerabilityFinding = { ...OS_PACKAGE, targetClass: 'lang-pkgs', targetType: 'jar', target: 'Java', packagePath: 'app/a.jar' };
    expect(same(jar, { ...jar, packagePath: 'app/b.jar' })).toBe(false);
  });

  it('a secret and a license whose free-text IDs equal a CVE ID are not that CVE', () => {
    const secret: SecretFinding = { ...SECRET, ruleId: OS_PACKAGE.id, target: 'openssl' };
    const license: LicenseFinding = {
      kind: 'license',
      name: OS_PACKAGE.id,
      category: 'restricted',
      severity: 'HIGH',
      packageName: 'openssl',
      target: 'debian',
    };
    expect(findingIdentity(secret)[1]).toBe(`secret/${OS_PACKAGE.id}`);
    expect(findingIdentity(license)[1]).toBe(`license/${OS_PACKAGE.id}`);
    expect(same(secret, OS_PACKAGE)).toBe(false);
  });

  it('a secret is where it is: its file, not its line', () => {
    expect(same(SECRET, { ...SECRET, startLine: 9, endLine: 9 })).toBe(true);
    expect(same(SECRET, { ...SECRET, target: '/app/other.sh' })).toBe(false);
  });
});
