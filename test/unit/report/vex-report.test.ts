import { describe, expect, it } from 'vitest';
import type { VexStatement } from '../../../src/core/model/vex.js';
import { buildResultDocument } from '../../../src/report/result-file/result-json.js';
import { renderSummary } from '../../../src/report/summary/summary.js';
import { renderLogTable } from '../../../src/report/summary/table.js';
import { asInputs, gateResult, judgedImages, scanOf } from '../../helpers/gate-result.js';

/** debian-buster's CRITICAL libidn2-0 CVE-2019-18224 (which fails the default policy) suppressed by a VEX statement. */
const statement: VexStatement = {
  vulnerability: { name: 'CVE-2019-18224', aliases: [] },
  products: [{ purl: 'pkg:deb/debian/libidn2-0', subcomponents: [] }],
  status: 'not_affected',
  justification: 'vulnerable_code_not_in_execute_path',
  author: 'Aqua Security',
  document: 'vex/openvex.json',
};
const STATEMENT_TEXT = 'VEX not_affected: vulnerable_code_not_in_execute_path (by Aqua Security, vex/openvex.json)';
const suppressed = gateResult(scanOf('debian-buster'), { vex: { statements: [statement] } });
const plain = gateResult(scanOf('debian-buster'));

describe('reports show what VEX suppressed, and count it', () => {
  it('the premise: without the statement the image fails, with it it passes', () => {
    expect(plain.verdict.outcome).toBe('fail');
    expect(suppressed.verdict.outcome).toBe('pass');
  });

  it("the summary counts it as suppressed by VEX and shows the statement's status, justification, author and document", () => {
    const md = renderSummary([suppressed]);
    expect(md).toContain('Suppressed by VEX: 1');
    // Markdown-escaped, as every cell is.
    expect(md).toContain(STATEMENT_TEXT.replaceAll('_', '\\_'));
    expect(renderSummary([plain])).not.toContain('Suppressed by VEX');
  });

  it('the log table counts it and shows the statement', () => {
    const table = renderLogTable(suppressed);
    expect(table).toContain('Suppressed by VEX: 1');
    expect(table).toContain('excluded (VEX not_affected');
    expect(renderLogTable(plain)).not.toContain('Suppressed by VEX');
  });

  it('the result file adds counts.suppressedByVex and the statement on the finding', () => {
    const [image] = judgedImages(buildResultDocument(asInputs(suppressed)));
    expect(image?.counts.suppressedByVex).toBe(1);
    const finding = image?.findings.find((f) => f.id === 'CVE-2019-18224');
    expect(finding).toMatchObject({
      status: 'excluded',
      note: STATEMENT_TEXT,
      vex: {
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        author: 'Aqua Security',
        document: 'vex/openvex.json',
      },
    });
  });

  it("the statement's untrusted text passes the summary's neutralising seam: no markup, no line break reaches it", () => {
    const hostile = { ...statement, author: 'Eve <img src=x onerror=alert(1)>\n## Approved | yes', document: 'vex/evil.json' };
    const md = renderSummary([gateResult(scanOf('debian-buster'), { vex: { statements: [hostile] } })]);
    expect(md).toContain('Eve');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('\n## Approved');
  });
});
