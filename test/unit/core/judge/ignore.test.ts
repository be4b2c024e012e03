import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/core/model/findings.js';
import { IgnoreMatcher } from '../../../../src/core/judge/ignore.js';

const NOW = new Date('2026-06-15T12:00:00Z');

function vulnerability(id: string, packagePath: string): Finding {
  return {
    kind: 'vulnerability',
    id,
    packageName: 'lodash',
    installedVersion: '4.17.20',
    severity: 'HIGH',
    title: id,
    target: 'Node.js',
    targetClass: 'lang-pkgs',
    packagePath,
  };
}

describe('IgnoreMatcher path rules', () => {
  it('decides the same for every finding at one path, and credits each match', () => {
    const rule = { path: 'app/vendor/**', reason: 'vendored, not shipped', origin: 'policy line 4' };
    const matcher = new IgnoreMatcher([rule], NOW);
    const inside = 'app/vendor/lodash/package.json';
    const outside = 'app/node_modules/lodash/package.json';
    // Several findings share a path (one package, many CVEs): the second and third ask the same path again.
    const findings = [
      vulnerability('CVE-2021-23337', inside),
      vulnerability('CVE-2020-28500', inside),
      vulnerability('CVE-2020-8203', outside),
      vulnerability('CVE-2021-23337', outside),
      vulnerability('CVE-2019-10744', inside),
    ];
    expect(findings.map((finding) => matcher.match(finding))).toEqual([rule, rule, undefined, undefined, rule]);
    expect(matcher.unused()).toEqual([]);
  });

  it('needs the id and the path both to match when a rule names both', () => {
    const rule = { id: 'cve-2021-23337', path: 'app/vendor/**', reason: 'vendored', origin: 'policy line 7' };
    const matcher = new IgnoreMatcher([rule], NOW);
    expect(matcher.match(vulnerability('CVE-2021-23337', 'app/other/package.json'))).toBeUndefined();
    expect(matcher.match(vulnerability('CVE-2021-23337', 'app/vendor/x/package.json'))).toBe(rule);
    expect(matcher.match(vulnerability('CVE-2021-23337', 'app/other/package.json'))).toBeUndefined();
    expect(matcher.match(vulnerability('CVE-2020-28500', 'app/vendor/x/package.json'))).toBeUndefined();
  });
});
