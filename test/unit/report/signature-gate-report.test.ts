import { describe, expect, it } from 'vitest';
import { evaluateSignatures } from '../../../src/core/judge/signature-gate.js';
import type { EvidenceResult, SignaturePolicy } from '../../../src/core/model/signatures.js';
import type { GateResult } from '../../../src/core/model/result.js';
import { imageAnnotations } from '../../../src/report/annotations/annotations.js';
import { buildResultDocument } from '../../../src/report/result-file/result-json.js';
import { renderSummary } from '../../../src/report/summary/summary.js';
import { renderLogTable } from '../../../src/report/summary/table.js';
import { asInputs, gateResult, judgedImages, scanOf } from '../../helpers/gate-result.js';

const HOSTILE = 'evil|<script>alert(1)</script>\n::error::forged';

const RESULTS: EvidenceResult[] = [
  {
    source: 'referrers',
    location: 'ghcr.io/acme/app@sha256:aaaa (referrer)',
    kind: 'signature',
    signer: { kind: 'keyless', issuer: 'https://token.actions.githubusercontent.com', identity: HOSTILE },
    verified: false,
    rejection: { code: 'wrong-identity', message: `identity ${HOSTILE} is not trusted` },
  },
  {
    source: 'cosign-tags',
    location: 'tag sha256-bbbb.sig, layer 0',
    kind: 'signature',
    signer: { kind: 'key', keyId: 'ab'.repeat(32), name: 'release' },
    verified: true,
  },
  {
    source: 'github-attestations',
    location: 'GitHub attestation 1',
    kind: 'attestation',
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { runDetails: { builder: { id: 'https://github.com/actions/runner/self-hosted' } } },
    signer: {
      kind: 'keyless',
      issuer: 'https://token.actions.githubusercontent.com',
      identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
      github: { repository: 'acme/app', runnerEnvironment: 'github-hosted' },
    },
    verified: true,
  },
];

function policy(mode: SignaturePolicy['mode']): SignaturePolicy {
  return {
    mode,
    sources: ['referrers', 'cosign-tags', 'github-attestations'],
    identities: [{ issuer: 'https://token.actions.githubusercontent.com', identity: 'x' }],
    keys: [],
    attestations: [
      { predicateType: 'https://slsa.dev/provenance/v1', required: true, slsa: { builderId: 'https://github.com/actions/runner/github-hosted' } },
    ],
  };
}

function signed(mode: SignaturePolicy['mode'], results = RESULTS, problems: string[] = []): GateResult {
  return gateResult(scanOf('alpine-39-skip-files-no-results'), { signatures: evaluateSignatures(results, problems, policy(mode)) });
}

describe('signatures in the reports', () => {
  it('the summary lists requirements and every piece of evidence, escaped', () => {
    const summary = renderSummary([signed('required', RESULTS, [`GitHub API: ${HOSTILE}`])]);
    expect(summary).toContain('**Signatures and attestations** (mode: required)');
    expect(summary).toContain('- ✅ signed by a trusted signer: satisfied by tag sha256-bbbb.sig, layer 0');
    expect(summary).toMatch(
      /- ❌ attestation https:\/\/slsa\.dev\/provenance\/v1 \(builder id https:\/\/github\.com\/actions\/runner\/github-hosted\): not satisfied: .*self-hosted/,
    );
    expect(summary).toContain('| signature | cosign tag: tag sha256-bbbb.sig, layer 0 | key release | ✅ verified |');
    expect(summary).toContain('evil\\|&lt;script&gt;alert(1)&lt;/script&gt; ::error::forged');
    expect(summary).toContain('rejected (wrong-identity)');
    expect(summary).toContain('⚠️ **Problems while looking (1)**');
    expect(summary).not.toContain('<script>');
    expect(summary).not.toMatch(/\n::error::/);
    expect(summary).toContain('### ❌ FAIL');
  });

  it('the summary says when nothing was found, and shows nothing when signatures were not checked', () => {
    expect(renderSummary([signed('required', [])])).toContain('No signatures or attestations were found.');
    expect(renderSummary([gateResult(scanOf('alpine-39-skip-files-no-results'))])).not.toContain('Signatures and attestations');
  });

  it('the log shows each requirement and each piece of evidence on single lines', () => {
    const log = renderLogTable(signed('required'));
    expect(log).toContain('  Signatures and attestations (mode: required):');
    expect(log).toContain('    OK   signed by a trusted signer: satisfied by tag sha256-bbbb.sig, layer 0');
    expect(log).toMatch(/ {4}FAIL attestation https:\/\/slsa\.dev\/provenance\/v1 .*not satisfied/);
    expect(log).toContain('      - REJECTED  signature  in OCI referrers: ghcr.io/acme/app@sha256:aaaa (referrer)');
    expect(log).toContain('        signed by evil|<script>alert(1)</script> ::error::forged (issuer https://token.actions.githubusercontent.com)');
    expect(log).toContain('repository acme/app, runner github-hosted');
    expect(log.split('\n').every((line) => !line.startsWith('::'))).toBe(true);
    expect(log).toContain('    - [attestation] Required attestation https://slsa.dev/provenance/v1');
  });

  it('result JSON carries the signature verdict, without the predicates', () => {
    const [image] = judgedImages(buildResultDocument(asInputs(signed('required'))));
    const signatures = image?.signatures;
    expect(signatures?.mode).toBe('required');
    expect(signatures?.requirements.map((r) => [r.description.split(' ')[0], r.satisfied])).toEqual([
      ['signed', true],
      ['attestation', false],
    ]);
    expect(signatures?.results.map((r) => [r.source, r.verified, r.rejection?.code ?? null])).toEqual([
      ['referrers', false, 'wrong-identity'],
      ['cosign-tags', true, null],
      ['github-attestations', true, null],
    ]);
    expect(signatures?.results[2]).toEqual({
      source: 'github-attestations',
      location: 'GitHub attestation 1',
      kind: 'attestation',
      predicateType: 'https://slsa.dev/provenance/v1',
      verified: true,
      signer: RESULTS[2]?.signer,
      transparencyLog: null,
      rejection: null,
    });
    expect(image?.violations.map((v) => v.rule)).toEqual(['attestation']);
    expect(judgedImages(buildResultDocument(asInputs(gateResult(scanOf('alpine-39-skip-files-no-results')))))[0]?.signatures).toBeNull();
  });

  describe('a signature accepted without a transparency-log entry (insecure-ignore-tlog)', () => {
    const unlogged = (result: EvidenceResult): EvidenceResult => ({ ...result, transparencyLog: 'not-checked' });
    const NOTE = 'transparency log not checked (insecure-ignore-tlog)';
    const withNote = [RESULTS[0], unlogged(RESULTS[1]!), { ...RESULTS[2], transparencyLog: 'verified' }] as EvidenceResult[];

    it('says so in the summary, the log and the result file, for that signature only', () => {
      const result = signed('required', withNote);
      const summary = renderSummary([result]);
      expect(summary).toContain(`| signature | cosign tag: tag sha256-bbbb.sig, layer 0 | key release | ✅ verified; ${NOTE} |`);
      expect(summary.split(NOTE)).toHaveLength(2);
      const log = renderLogTable(result);
      expect(log).toContain(`        signed by key release; ${NOTE}`);
      expect(log.split(NOTE)).toHaveLength(2);
      const results = judgedImages(buildResultDocument(asInputs(result)))[0]?.signatures?.results;
      expect(results?.map((r) => r.transparencyLog)).toEqual([null, 'not-checked', 'verified']);
    });

    it('says nothing of the log for a rejected signature, whatever it carries', () => {
      const rejected = { ...unlogged(RESULTS[0]!), signer: { kind: 'key' as const, keyId: 'cd'.repeat(32) } };
      const result = signed('required', [rejected]);
      expect(renderSummary([result])).not.toContain(NOTE);
      expect(renderLogTable(result)).not.toContain(NOTE);
      expect(judgedImages(buildResultDocument(asInputs(result)))[0]?.signatures?.results[0]?.transparencyLog).toBeNull();
    });
  });

  it('annotates unmet required requirements as errors and reported-only ones as warnings', () => {
    const required = imageAnnotations(signed('required', [])).annotations;
    expect(required.filter((a) => a.level === 'error').map((a) => a.title)).toEqual(['Policy violation: signature', 'Policy violation: attestation']);
    expect(required.filter((a) => a.level === 'warning')).toEqual([]);
    const optional = imageAnnotations(signed('optional', RESULTS.slice(0, 1))).annotations;
    expect(optional.filter((a) => a.level === 'error')).toEqual([]);
    expect(optional.filter((a) => a.level === 'warning').map((a) => [a.title, a.message])).toEqual([
      [
        'Signature policy not met: signed by a trusted signer',
        expect.stringMatching(
          /^ghcr\.io\/acme\/app: not satisfied: 1 signature found, none verified: .*evil\|<script>.* ::error::forged .*\(reported only/,
        ),
      ],
      [
        'Signature policy not met: attestation https://slsa.dev/provenance/v1 (builder id https://github.com/actions/runner/github-hosted)',
        expect.stringMatching(/no attestation of this type/),
      ],
    ]);
    for (const annotation of optional) expect(annotation.message).not.toContain('\n');
  });
});
