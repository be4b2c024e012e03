import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/core/model/policy.js';
import { anchoredRegExp, evaluateSignatures, patternProblem } from '../../../../src/core/judge/signature-gate.js';
import type { EvidenceResult, SignaturePolicy } from '../../../../src/core/model/signatures.js';
import { SLSA_PROVENANCE_V1 } from '../../../../src/core/judge/slsa.js';

const SIGNER = {
  kind: 'keyless',
  issuer: 'https://token.actions.githubusercontent.com',
  identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0',
} as const;

const PROVENANCE = {
  buildDefinition: {
    externalParameters: { workflow: { repository: 'https://github.com/acme/app', ref: 'refs/heads/main', path: '.github/workflows/release.yml' } },
  },
  runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
};

const signature = (location: string, extra: Partial<EvidenceResult> = {}): EvidenceResult => ({
  source: 'referrers',
  location,
  kind: 'signature',
  signer: SIGNER,
  verified: true,
  ...extra,
});

const rejected = (location: string, code: 'wrong-identity' | 'not-bound-to-digest' | 'malformed', extra: Partial<EvidenceResult> = {}) =>
  signature(location, { verified: false, rejection: { code, message: `${code} message` }, ...extra });

const provenance = (location: string, extra: Partial<EvidenceResult> = {}): EvidenceResult => ({
  source: 'github-attestations',
  location,
  kind: 'attestation',
  predicateType: SLSA_PROVENANCE_V1,
  predicate: PROVENANCE,
  signer: SIGNER,
  verified: true,
  ...extra,
});

function policy(change: Partial<SignaturePolicy> = {}): SignaturePolicy {
  return {
    mode: 'required',
    sources: ['referrers', 'cosign-tags', 'github-attestations'],
    identities: [{ issuer: SIGNER.issuer, identity: SIGNER.identity }],
    keys: [],
    attestations: [],
    ...change,
  };
}

const SLSA_MAIN = {
  predicateType: SLSA_PROVENANCE_V1,
  required: true,
  slsa: { sourceRepository: 'https://github.com/acme/app', sourceRef: 'refs/heads/main' },
};

describe('evaluateSignatures', () => {
  const table: {
    name: string;
    results: EvidenceResult[];
    problems?: string[];
    policy: SignaturePolicy;
    /** [description, satisfied, satisfiedBy or reason pattern] per requirement. */
    requirements: [unknown, boolean, string | RegExp][];
    violations: [string, RegExp][];
  }[] = [
    {
      name: 'one verified signature',
      results: [signature('sig-1')],
      policy: policy(),
      requirements: [['signed by a trusted signer', true, 'sig-1']],
      violations: [],
    },
    {
      name: 'nothing found',
      results: [],
      policy: policy(),
      requirements: [['signed by a trusted signer', false, /no signature was found \(looked in referrers, cosign-tags, github-attestations\)/]],
      violations: [['signature', /^The image is not signed by a trusted signer: no signature was found/]],
    },
    {
      name: 'nothing found, and a source could not be read',
      results: [],
      problems: ['GitHub attestations API answered 500'],
      policy: policy(),
      requirements: [['signed by a trusted signer', false, /1 problem while looking: GitHub attestations API answered 500/]],
      violations: [['signature', /answered 500/]],
    },
    {
      name: 'only rejected signatures, each reason named',
      results: [rejected('sig-1', 'wrong-identity'), rejected('sig-2', 'not-bound-to-digest')],
      policy: policy(),
      requirements: [
        [
          'signed by a trusted signer',
          false,
          /^2 signatures found, none verified: sig-1 \(wrong-identity: wrong-identity message\); sig-2 \(not-bound-to-digest: not-bound-to-digest message\)$/,
        ],
      ],
      violations: [['signature', /wrong-identity/]],
    },
    {
      name: 'many rejections: three named, the rest counted',
      results: ['a', 'b', 'c', 'd', 'e'].map((l) => rejected(l, 'malformed')),
      policy: policy(),
      requirements: [['signed by a trusted signer', false, /5 signatures found, none verified: a .*; b .*; c \(.*\); and 2 more$/]],
      violations: [['signature', /and 2 more/]],
    },
    {
      name: 'a rejected and a verified signature',
      results: [rejected('sig-1', 'wrong-identity'), signature('sig-2')],
      policy: policy(),
      requirements: [['signed by a trusted signer', true, 'sig-2']],
      violations: [],
    },
    {
      name: 'a verified attestation is not a signature',
      results: [provenance('att-1')],
      policy: policy(),
      requirements: [['signed by a trusted signer', false, /no signature was found/]],
      violations: [['signature', /not signed/]],
    },
    {
      name: "a verified cosign v3 signing statement counts as a signature, whatever it's called",
      results: [provenance('cosign-v3', { predicateType: 'https://sigstore.dev/cosign/sign/v1', predicate: {} })],
      policy: policy(),
      requirements: [['signed by a trusted signer', true, 'cosign-v3']],
      violations: [],
    },
    {
      name: 'verified but names no signer: not trusted (an adapter bug must not pass)',
      results: [signature('sig-1', { signer: undefined })],
      policy: policy(),
      requirements: [['signed by a trusted signer', false, /sig-1 \(reported verified, but names no signer\)/]],
      violations: [['signature', /names no signer/]],
    },
    {
      name: 'verified yet carrying a rejection: not trusted',
      results: [signature('sig-1', { rejection: { code: 'wrong-issuer', message: 'issuer x' } })],
      policy: policy(),
      requirements: [['signed by a trusted signer', false, /wrong-issuer: issuer x/]],
      violations: [['signature', /wrong-issuer/]],
    },
    {
      name: 'evidence from a source the policy does not allow is not counted',
      results: [signature('sig-tag', { source: 'cosign-tags' })],
      policy: policy({ sources: ['referrers'] }),
      requirements: [['signed by a trusted signer', false, /no signature was found \(looked in referrers\)/]],
      violations: [['signature', /not signed/]],
    },
    {
      name: 'required provenance that matches',
      results: [signature('sig-1'), provenance('att-1')],
      policy: policy({ attestations: [SLSA_MAIN] }),
      requirements: [
        ['signed by a trusted signer', true, 'sig-1'],
        ['attestation https://slsa.dev/provenance/v1 (source repository https://github.com/acme/app, source ref refs/heads/main)', true, 'att-1'],
      ],
      violations: [],
    },
    {
      name: 'required provenance from another branch',
      results: [
        signature('sig-1'),
        provenance('att-1', {
          predicate: {
            ...PROVENANCE,
            buildDefinition: { externalParameters: { workflow: { repository: 'https://github.com/acme/app', ref: 'refs/heads/dev' } } },
          },
        }),
      ],
      policy: policy({ attestations: [SLSA_MAIN] }),
      requirements: [
        ['signed by a trusted signer', true, 'sig-1'],
        [
          expect.stringMatching(/^attestation/),
          false,
          /1 verified attestation found, none meets the provenance conditions: att-1: source ref is "refs\/heads\/dev", the policy wants "refs\/heads\/main"/,
        ],
      ],
      violations: [['attestation', /^Required attestation https:\/\/slsa.dev\/provenance\/v1 .* is not satisfied: .*refs\/heads\/dev/]],
    },
    {
      name: 'a mismatching and a matching provenance: the matching one satisfies',
      results: [signature('sig-1'), provenance('att-dev', { predicate: {} }), provenance('att-main')],
      policy: policy({ attestations: [SLSA_MAIN] }),
      requirements: [
        ['signed by a trusted signer', true, 'sig-1'],
        [expect.stringMatching(/^attestation/), true, 'att-main'],
      ],
      violations: [],
    },
    {
      name: 'required provenance that is only rejected',
      results: [signature('sig-1'), provenance('att-1', { verified: false, rejection: { code: 'untrusted-ca', message: 'chain' } })],
      policy: policy({ attestations: [SLSA_MAIN] }),
      requirements: [
        ['signed by a trusted signer', true, 'sig-1'],
        [expect.stringMatching(/^attestation/), false, /^1 attestation found, none verified: att-1 \(untrusted-ca: chain\)$/],
      ],
      violations: [['attestation', /untrusted-ca/]],
    },
    {
      name: 'an attestation of another predicate type does not count',
      results: [signature('sig-1'), provenance('sbom', { predicateType: 'https://spdx.dev/Document', predicate: {} })],
      policy: policy({ attestations: [{ predicateType: SLSA_PROVENANCE_V1, required: true }] }),
      requirements: [
        ['signed by a trusted signer', true, 'sig-1'],
        ['attestation https://slsa.dev/provenance/v1', false, /no attestation of this type was found/],
      ],
      violations: [['attestation', /no attestation of this type/]],
    },
    {
      name: 'an attestation that is not required is reported, never a violation',
      results: [signature('sig-1')],
      policy: policy({ attestations: [{ predicateType: 'https://spdx.dev/Document', required: false }] }),
      requirements: [
        ['signed by a trusted signer', true, 'sig-1'],
        ['attestation https://spdx.dev/Document', false, /no attestation/],
      ],
      violations: [],
    },
    {
      name: 'mode optional: everything reported, nothing a violation',
      results: [rejected('sig-1', 'wrong-identity')],
      policy: policy({ mode: 'optional', attestations: [SLSA_MAIN] }),
      requirements: [
        ['signed by a trusted signer', false, /wrong-identity/],
        [expect.stringMatching(/^attestation/), false, /no attestation/],
      ],
      violations: [],
    },
    {
      name: 'mode off: no requirements',
      results: [rejected('sig-1', 'wrong-identity')],
      policy: policy({ mode: 'off', attestations: [SLSA_MAIN] }),
      requirements: [],
      violations: [],
    },
  ];

  it.each(table)('$name', ({ results, problems, policy: p, requirements, violations }) => {
    const verdict = evaluateSignatures(results, problems ?? [], p);
    expect(verdict.mode).toBe(p.mode);
    expect(verdict.results).toEqual(results);
    expect(verdict.problems).toEqual(problems ?? []);
    expect(verdict.requirements).toHaveLength(requirements.length);
    verdict.requirements.forEach((requirement, i) => {
      const [description, satisfied, detail] = requirements[i] ?? ['', false, ''];
      expect(requirement.description).toEqual(description);
      expect(requirement.satisfied).toBe(satisfied);
      if (satisfied) {
        expect(requirement.satisfiedBy).toBe(detail);
        expect(requirement.reason).toBeUndefined();
      } else {
        expect(requirement.reason).toMatch(detail);
        expect(requirement.satisfiedBy).toBeUndefined();
      }
    });
    expect(verdict.violations.map((v) => [v.rule, v.message])).toEqual(
      violations.map(([rule, message]): [string, unknown] => [rule, expect.stringMatching(message) as unknown]),
    );
    for (const violation of verdict.violations) expect(violation.count).toBe(0);
  });

  it('does not keep the caller’s arrays', () => {
    const results = [signature('sig-1')];
    const problems = ['p'];
    const verdict = evaluateSignatures(results, problems, policy());
    results.push(signature('sig-2'));
    problems.push('q');
    expect(verdict.results).toHaveLength(1);
    expect(verdict.problems).toEqual(['p']);
  });
});

describe('DEFAULT_POLICY', () => {
  it('checks no signatures', () => {
    expect(DEFAULT_POLICY.signatures.mode).toBe('off');
    expect(evaluateSignatures([], [], DEFAULT_POLICY.signatures).requirements).toEqual([]);
  });
});

describe('evaluateSignatures, the reasons it gives', () => {
  it('a policy that allows no source looked nowhere, and says so', () => {
    const verdict = evaluateSignatures([signature('sig-1')], [], policy({ sources: [] }));
    expect(verdict.requirements[0]).toMatchObject({ satisfied: false, reason: 'no signature was found (the policy allows no signature sources)' });
    expect(verdict.violations.map((v) => v.rule)).toEqual(['signature']);
  });

  it('an unverified signature that carries no rejection is named as rejected, never counted', () => {
    const verdict = evaluateSignatures([signature('sig-1', { verified: false })], [], policy());
    expect(verdict.requirements[0]).toMatchObject({ satisfied: false, reason: '1 signature found, none verified: sig-1 (rejected)' });
    expect(verdict.violations).toHaveLength(1);
  });
});

describe('anchoredRegExp', () => {
  it.each([
    ['user@example\\.com', 'user@example.com', true],
    ['user@example\\.com', 'evil-user@example.com', false],
    ['user@example\\.com', 'user@example.com.evil', false],
    ['a|b', 'a', true],
    ['a|b', 'ab', false],
    ['https://github\\.com/acme/.*', 'https://github.com/acme/app/.github/workflows/x.yml@refs/heads/main', true],
  ])('%s against %s: %s', (pattern, value, matches) => {
    expect(anchoredRegExp(pattern).test(value)).toBe(matches);
  });

  it('compiles the pattern on its own first: a)|(b cannot unanchor the wrapper', () => {
    // The premise: wrapped without that check, the pattern compiles and accepts anything ending in b.
    expect(new RegExp('^(?:a)|(b)$', 'u').test('evil-b')).toBe(true);
    expect(() => anchoredRegExp('a)|(b')).toThrow(SyntaxError);
    expect(patternProblem('a)|(b')).toBe("Unmatched ')'");
  });

  it.each(['(?=', '(', '[a', 'x{2,1}'])('refuses %s, which does not compile on its own, saying why without quoting it', (pattern) => {
    expect(() => anchoredRegExp(pattern)).toThrow(SyntaxError);
    const problem = patternProblem(pattern);
    expect(problem).toBeDefined();
    expect(problem).not.toContain(pattern);
  });

  it('finds nothing wrong with a valid pattern', () => {
    expect(patternProblem('user@example\\.com')).toBeUndefined();
  });
});
