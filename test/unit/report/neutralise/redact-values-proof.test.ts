import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import { redactValues } from '../../../../src/report/neutralise/redact-values.js';
import { Redactor } from '../../../../src/report/neutralise/redaction.js';
import { parseTrivyReport } from '../../../../src/adapters/trivy/report.js';

const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'trivy', 'alpine-310.json');
// A secret with a "/" in it, so a JSON writer may spell it with "\/".
const SECRET = 'ghs_s3cr3t/Token0123456789abcdef';

function secrets(): Redactor {
  const redactor = new Redactor();
  redactor.addSecret(SECRET);
  return redactor;
}

/**
 * The recorded report as JSON text, with the titles of its first vulnerabilities written in the given spellings
 * (what a hostile Trivy may write, not what JSON.stringify would).
 */
function reportText(spellings: string[]): string {
  const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { Results: { Vulnerabilities?: { Title?: string }[] }[] };
  const vulnerabilities = recorded.Results.flatMap((result) => result.Vulnerabilities ?? []);
  spellings.forEach((_, index) => {
    (vulnerabilities[index] as { Title?: string }).Title = `MARKER-${index}`;
  });
  let text = JSON.stringify(recorded);
  spellings.forEach((spelling, index) => {
    text = text.replace(`"MARKER-${index}"`, `"leaked ${spelling}"`);
  });
  return text;
}

const vulnerabilitiesOf = (findings: readonly Finding[]): VulnerabilityFinding[] =>
  findings.filter((finding): finding is VulnerabilityFinding => finding.kind === 'vulnerability');

describe('Redactor.mayHideSecret', () => {
  it('is true for every text redact() would change, and false for ordinary Trivy text', () => {
    const redactor = secrets();
    const changed = [
      `plain ${SECRET} text`,
      `json ${JSON.stringify(SECRET)}`,
      `percent ${encodeURIComponent(SECRET)}`,
      `base64 ${Buffer.from(`user:${SECRET}`).toString('base64')}`,
      'a url https://someone:pw@host/path',
      'a token as a user name ftp://TOKEN@host/x',
    ];
    for (const text of changed) {
      // The premise: redact() changes it.
      expect(redactor.redact(text), text).not.toBe(text);
      expect(redactor.mayHideSecret(text), text).toBe(true);
    }
    for (const text of ['an npm id left-pad@1.3.0', 'https://avd.aquasec.com/nvd/cve-2019-18224', 'CVE-2019-18224', '']) {
      expect(redactor.redact(text), text).toBe(text);
      expect(redactor.mayHideSecret(text), text).toBe(false);
    }
  });
});

describe('redactValues with a proof', () => {
  it('keeps a clean report as the very objects parsed: nothing is copied', () => {
    const redactor = secrets();
    const scan = parseTrivyReport(readFileSync(FIXTURE), 'report.json');
    const value = { scan, again: scan.findings };
    const redacted = redactValues(value, (text) => redactor.redact(text), redactor);
    expect(redacted).toBe(value);
    expect(redacted.scan.findings).toBe(scan.findings);
  });

  it('redacts a secret however the JSON spells it (plain, \\u-escaped, split by \\/), and keeps the clean findings uncopied', () => {
    const spellings = [SECRET, `\\u0067hs\\u005fs3cr3t/Token0123456789abcdef`, SECRET.replace('/', '\\/')];
    const text = reportText(spellings);
    // The premise: a search of the report's bytes finds the secret only where it is written plainly.
    expect(text.split(SECRET)).toHaveLength(2);
    const redactor = secrets();
    const scan = parseTrivyReport(Buffer.from(text), 'report.json');
    expect(
      vulnerabilitiesOf(scan.findings)
        .slice(0, 3)
        .map((finding) => finding.title),
    ).toEqual(Array(3).fill(`leaked ${SECRET}`));

    const redact = (item: string): string => redactor.redact(item);
    const withProof = redactValues({ scan, again: scan.findings }, redact, redactor);
    expect(JSON.stringify(withProof)).not.toContain('s3cr3t');
    expect(
      vulnerabilitiesOf(withProof.scan.findings)
        .slice(0, 3)
        .map((finding) => finding.title),
    ).toEqual(Array(3).fill('leaked ***'));
    // The skip: every other finding comes out as the very object parsed; one copy per redacted finding, shared.
    const kept = withProof.scan.findings.filter((finding, index) => finding === scan.findings[index]);
    expect(kept).toHaveLength(scan.findings.length - 3);
    expect(withProof.again).toBe(withProof.scan.findings);
    // The same result as the walk without a proof.
    expect(withProof).toEqual(redactValues({ scan, again: scan.findings }, redact));
  });

  it('redacts keys and URL userinfo the proof cannot rule out, at any depth', () => {
    const redactor = secrets();
    const value = { list: [{ fine: 'x' }, { [`key ${SECRET}`]: 1 }, { deep: [{ url: 'https://u:p@host/x' }] }] };
    const redacted = redactValues(value, (text) => redactor.redact(text), redactor);
    expect(redacted).toEqual({ list: [{ fine: 'x' }, { 'key ***': 1 }, { deep: [{ url: 'https://***@host/x' }] }] });
    expect(redacted.list[0]).toBe(value.list[0]);
  });
});
