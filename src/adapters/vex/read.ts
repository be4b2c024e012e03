import { configError } from '../../core/model/errors.js';
import type { VexStatement } from '../../core/model/vex.js';
import { INPUT_LIMITS, parseJsonDocument, readInputFile } from '../files/index.js';
import { parseOpenVex } from './openvex.js';

/** A VEX file named by the user: where it is read from, and how messages and reports name it. */
export interface VexFile {
  path: string;
  display: string;
}

/**
 * The statements of every VEX file given, in the order given (a later statement overrides an earlier one
 * of the same time). Each file is read bounded; one that is not JSON, not OpenVEX or malformed is a config
 * error naming it. CycloneDX VEX and CSAF VEX are recognised and refused by name: they are not read yet, and
 * a silently ignored VEX file would leave its user thinking findings were judged against it.
 */
export async function readVexStatements(files: readonly VexFile[]): Promise<VexStatement[]> {
  const statements: VexStatement[] = [];
  for (const file of files) {
    const bytes = await readInputFile(file.path, { what: 'VEX document', maxBytes: INPUT_LIMITS.vex });
    const data = parseJsonDocument(bytes, `VEX document ${file.display}`);
    const format = vexFormat(data);
    if (format !== 'openvex') throw configError(`VEX document ${file.display}: unsupported VEX format (${format}); only OpenVEX v0.2.0 is read`);
    statements.push(...parseOpenVex(data, file.display));
  }
  return statements;
}

function vexFormat(data: unknown): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object';
  const record = data as Record<string, unknown>;
  const context = record['@context'];
  if (typeof context === 'string' && context.startsWith('https://openvex.dev/ns')) return 'openvex';
  if (record.bomFormat === 'CycloneDX') return 'CycloneDX';
  const csaf = record.document;
  if (typeof csaf === 'object' && csaf !== null && 'csaf_version' in csaf) return 'CSAF';
  return 'no OpenVEX @context';
}
