import { describe, expect, it } from 'vitest';
import type { BaseCheck, BaseImageFacts } from '../../../src/core/model/base-image.js';
import type { GateResult } from '../../../src/core/model/result.js';
import { renderPrComment } from '../../../src/report/pr-comment.js';
import { buildResultDocument } from '../../../src/report/result-file/result-json.js';
import { renderSummary } from '../../../src/report/summary/summary.js';
import { renderLogTable } from '../../../src/report/summary/table.js';
import { normalizedName } from '../../../src/report/text/base-image-text.js';
import { asInputs, gateResult, judgedImages, scanOf } from '../../helpers/gate-result.js';

const PIN = `sha256:${'d'.repeat(64)}`;

/** A base image report for a FROM written one way and (perhaps) normalised another. */
function result(written: string, normalized: string | undefined): GateResult {
  const facts: BaseImageFacts = { written, ...(normalized !== undefined && { normalized }), line: 3, digest: PIN, newerTags: [] };
  const checks: BaseCheck[] = [
    { rule: 'pinned', status: 'fail', line: 3, image: written, message: `${written} (line 3) is not pinned` },
    { rule: 'proven', status: 'pass', line: 3, image: written, message: `The image is built on ${written}` },
  ];
  return gateResult(scanOf('alpine-310'), { dockerfile: { path: 'Dockerfile', finalFromLine: 3 }, baseImage: { checks, facts } });
}

const reports = (gated: GateResult) => ({
  log: renderLogTable(gated),
  summary: renderSummary([gated]),
  comment: renderPrComment(asInputs(gated), { marker: 'image-gate' }),
});

describe('the normalised reference of the base, in the reports that show the FROM', () => {
  it('is given once, beside the FROM, when the Dockerfile spells the base otherwise', () => {
    const { log, summary, comment } = reports(result('golang:1.22', 'docker.io/library/golang:1.22'));
    expect(log).toContain('    FROM golang:1.22 (docker.io/library/golang:1.22)  (Dockerfile line 3)');
    expect(summary).toContain('- **FROM:** golang:1.22 (docker.io/library/golang:1.22) (Dockerfile line 3)');
    expect(comment).toContain('- FROM golang:1.22 (docker.io/library/golang:1.22) (Dockerfile line 3)');
    for (const text of [log, summary, comment]) expect(text.split('docker.io/library/golang')).toHaveLength(2);
  });

  it('is not repeated when the Dockerfile already wrote it so, nor invented when it is not known', () => {
    for (const gated of [result('ghcr.io/acme/base:1', 'ghcr.io/acme/base:1'), result('ghcr.io/acme/base:1', undefined)]) {
      const { log, summary, comment } = reports(gated);
      expect(log).toContain('    FROM ghcr.io/acme/base:1  (Dockerfile line 3)');
      expect(summary).toContain('- **FROM:** ghcr.io/acme/base:1 (Dockerfile line 3)');
      expect(comment).toContain('- FROM ghcr.io/acme/base:1 (Dockerfile line 3)');
    }
    expect(normalizedName({ written: 'golang:1.22', normalized: 'docker.io/library/golang:1.22' })).toBe('docker.io/library/golang:1.22');
    expect(normalizedName({ written: 'ghcr.io/acme/base:1', normalized: 'ghcr.io/acme/base:1' })).toBeUndefined();
  });

  it('is in the result file as from.normalized, null when not known; written stays as written', () => {
    const [short] = judgedImages(buildResultDocument(asInputs(result('golang:1.22', 'docker.io/library/golang:1.22'))));
    expect(short?.baseImage?.from).toMatchObject({ written: 'golang:1.22', normalized: 'docker.io/library/golang:1.22' });
    const [unknown] = judgedImages(buildResultDocument(asInputs(result('$BASE', undefined))));
    expect(unknown?.baseImage?.from).toMatchObject({ written: '$BASE', normalized: null });
  });
});
