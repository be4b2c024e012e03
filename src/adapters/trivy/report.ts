import { configError } from '../../core/model/errors.js';
import type {
  CvssScore,
  Finding,
  ImageConfigFacts,
  LicenseFinding,
  MisconfigurationFinding,
  ScanReport,
  SecretFinding,
  VulnerabilityFinding,
} from '../../core/model/findings.js';
import { isSeverity, SEVERITIES, type Severity } from '../../core/model/severity.js';
import { describeJsonSyntaxError, JsonBytes, JsonSyntaxError } from '../files/index.js';

/**
 * Trivy JSON (SchemaVersion 2) → our typed findings.
 *
 * Written for 100,000-finding reports: the outer structure is walked over the raw bytes and each
 * finding is JSON.parsed, validated by hand and copied on its own (see JsonBytes), so neither the
 * whole decoded text nor the whole raw tree, with its descriptions and references, is ever held
 * at once. Field paths for error messages are only built when something is wrong.
 */
export function parseTrivyReport(json: string | Buffer, source: string): ScanReport {
  const doc = new JsonBytes(typeof json === 'string' ? Buffer.from(json, 'utf8') : json);
  try {
    return new ReportReader(source, doc).read();
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      // A position, never a snippet: the report may hold secret text (Trivy masks only the matched line).
      throw configError(`${source} is not valid JSON: ${describeJsonSyntaxError(error, doc)}`);
    }
    throw error;
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const HEADER_KEYS: ReadonlySet<string> = new Set(['Trivy', 'CreatedAt', 'ArtifactName', 'ArtifactType', 'Metadata']);

/** The list in a Result an item came from, for error paths. */
type ListName = 'Vulnerabilities' | 'Secrets' | 'Misconfigurations' | 'Licenses';

class ReportReader {
  /** Cursor into the report, so paths are only built when an error needs one. */
  private result = 0;
  private list: ListName = 'Vulnerabilities';
  private item = 0;

  constructor(
    private readonly source: string,
    private readonly doc: JsonBytes,
  ) {}

  read(): ScanReport {
    const doc = this.doc;
    const start = doc.firstValue();
    if (start === -1) throw configError(`${this.source} is empty: expected a Trivy JSON report`);
    if (doc.byteAt(start) !== OPEN_OBJECT) {
      const value = doc.parse(start, doc.length);
      throw configError(`${this.source} is not a Trivy JSON report: the top level is ${kindOf(value)}, expected an object`);
    }
    const header: Json = {};
    const findings: Finding[] = [];
    // Set inside the members() callback, which TypeScript's narrowing does not follow: keep it a boolean.
    let schemaChecked = false as boolean;
    let deferredResults = -1;
    const end = doc.members(start, (key, at) => {
      if (key === 'Results') {
        // Trivy writes SchemaVersion first; if another writer did not, judge the schema before the findings.
        if (schemaChecked) return this.readResults(at, findings);
        deferredResults = at;
        return doc.skip(at);
      }
      const { value, end } = doc.value(at);
      if (key === 'SchemaVersion') {
        this.checkSchema(value);
        schemaChecked = true;
      } else if (HEADER_KEYS.has(key)) {
        header[key] = value;
      }
      return end;
    });
    doc.end(end);
    if (!schemaChecked) this.checkSchema(undefined);
    if (deferredResults !== -1) this.readResults(deferredResults, findings);

    const trivy = header.Trivy;
    const report: ScanReport = {
      source: this.source,
      trivyVersion: isObject(trivy) ? this.optionalString(trivy.Version, 'Trivy.Version') : undefined,
      createdAt: this.optionalString(header.CreatedAt, 'CreatedAt'),
      artifactName: this.optionalString(header.ArtifactName, 'ArtifactName') ?? '',
      artifactType: this.optionalString(header.ArtifactType, 'ArtifactType') ?? '',
      os: undefined,
      imageId: undefined,
      diffIds: [],
      repoDigests: [],
      imageConfig: undefined,
      findings,
    };
    const metadata = this.optionalObject(header.Metadata, 'Metadata');
    if (metadata) this.readMetadata(metadata, report);
    return report;
  }

  private checkSchema(schemaVersion: unknown): void {
    if (schemaVersion === undefined) {
      throw configError(`${this.source} is not a Trivy JSON report: SchemaVersion is missing (run Trivy with --format json)`);
    }
    if (schemaVersion !== 2) {
      // A small whole number is a version, not text from the report; anything else is described by its kind.
      const found =
        typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && Math.abs(schemaVersion) < 1000
          ? String(schemaVersion)
          : kindOf(schemaVersion);
      throw configError(`${this.source}: unsupported Trivy report SchemaVersion ${found}; only SchemaVersion 2 (Trivy 0.20 and later) is supported`);
    }
  }

  private readMetadata(metadata: Json, report: ScanReport): void {
    const os = this.optionalObject(metadata.OS, 'Metadata.OS');
    if (os) {
      const eosl = os.EOSL;
      report.os = {
        family: this.optionalString(os.Family, 'Metadata.OS.Family') ?? '',
        name: this.optionalString(os.Name, 'Metadata.OS.Name') ?? '',
        ...(eosl === true ? { eosl: true } : {}),
      };
    }
    report.imageId = this.optionalString(metadata.ImageID, 'Metadata.ImageID') || undefined;
    report.diffIds = this.stringList(metadata.DiffIDs, 'Metadata.DiffIDs');
    report.repoDigests = this.stringList(metadata.RepoDigests, 'Metadata.RepoDigests');
    const config = this.optionalObject(metadata.ImageConfig, 'Metadata.ImageConfig');
    if (config) report.imageConfig = this.readImageConfig(config);
  }

  /**
   * Older Trivy wrote an all-empty ImageConfig for non-image scans; treating that as "User is
   * empty, so root" would be a false finding, so only a config that describes an image counts.
   */
  private readImageConfig(config: Json): ImageConfigFacts | undefined {
    const architecture = this.optionalString(config.architecture, 'Metadata.ImageConfig.architecture') || undefined;
    const os = this.optionalString(config.os, 'Metadata.ImageConfig.os') || undefined;
    const runtime = this.optionalObject(config.config, 'Metadata.ImageConfig.config');
    const user = runtime ? this.optionalString(runtime.User, 'Metadata.ImageConfig.config.User') : undefined;
    if (!architecture && !os && user === undefined) return undefined;
    const facts: ImageConfigFacts = {
      // An image config without User runs as root; "" is how we say so.
      user: user ?? '',
      created: this.optionalString(config.created, 'Metadata.ImageConfig.created') || undefined,
      architecture,
      os,
    };
    return facts;
  }

  /** Returns the offset after the Results value. */
  private readResults(at: number, findings: Finding[]): number {
    const doc = this.doc;
    // Trivy omits Results when nothing was found (and Go's nil slice is null).
    if (doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY) throw this.shapeError('Results', 'must be an array', doc.value(at).value);
    return doc.elements(at, (r, resultAt) => {
      this.result = r;
      if (doc.byteAt(resultAt) !== OPEN_OBJECT) {
        throw this.shapeError(`Results[${r}]`, 'must be an object', doc.value(resultAt).value);
      }
      const first = findings.length;
      let target = '';
      let targetClass = '';
      let targetType: string | undefined;
      const end = doc.members(resultAt, (key, valueAt) => {
        if (key === 'Vulnerabilities' || key === 'Secrets' || key === 'Misconfigurations' || key === 'Licenses') {
          return this.readList(key, valueAt, findings);
        }
        const { value, end } = doc.value(valueAt);
        if (key === 'Target') target = this.optionalString(value, `Results[${r}].Target`) ?? '';
        else if (key === 'Class') targetClass = this.optionalString(value, `Results[${r}].Class`) ?? '';
        else if (key === 'Type') targetType = this.optionalString(value, `Results[${r}].Type`) || undefined;
        return end;
      });
      // Target, Class and Type may come after the lists, so they are filled in once the Result is read.
      for (let k = first; k < findings.length; k++) {
        const finding = findings[k] as Finding;
        finding.target = target;
        if (finding.kind === 'vulnerability') {
          finding.targetClass = targetClass;
          finding.targetType = targetType;
        } else if (finding.kind === 'misconfiguration') {
          finding.targetType = targetType;
        }
      }
      return end;
    });
  }

  private readList(name: ListName, at: number, findings: Finding[]): number {
    const doc = this.doc;
    this.list = name;
    if (doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY) {
      throw this.shapeError(`Results[${this.result}].${name}`, 'must be an array', doc.value(at).value);
    }
    return doc.elements(at, (i, itemAt) => {
      this.item = i;
      const { value, end } = doc.value(itemAt);
      const entry = this.entry(value);
      findings.push(
        name === 'Vulnerabilities'
          ? this.vulnerability(entry)
          : name === 'Secrets'
            ? this.secret(entry)
            : name === 'Misconfigurations'
              ? this.misconfiguration(entry)
              : this.license(entry),
      );
      return end;
    });
  }

  private entry(value: unknown): Json {
    if (!isObject(value)) {
      throw this.shapeError(`Results[${this.result}].${this.list}[${this.item}]`, 'must be an object', value);
    }
    return value;
  }

  private vulnerability(v: Json): VulnerabilityFinding {
    const id = this.required(v, 'VulnerabilityID');
    return {
      kind: 'vulnerability',
      id,
      packageName: this.required(v, 'PkgName'),
      packageId: this.optional(v, 'PkgID') || undefined,
      purl: this.purl(v),
      packagePath: this.optional(v, 'PkgPath') || undefined,
      installedVersion: this.optional(v, 'InstalledVersion') ?? '',
      fixedVersion: this.optional(v, 'FixedVersion') || undefined,
      status: this.optional(v, 'Status') || undefined,
      severity: this.severity(v),
      cvss: this.cvss(v.CVSS),
      title: this.optional(v, 'Title') || firstLine(this.optional(v, 'Description')) || id,
      url: this.optional(v, 'PrimaryURL') || undefined,
      layerDiffId: this.layer(v),
      target: '',
      targetClass: '',
      targetType: undefined,
    };
  }

  /** Only metadata is copied: Code, Match and Offset hold or locate the secret itself. */
  private secret(s: Json): SecretFinding {
    const ruleId = this.required(s, 'RuleID');
    return {
      kind: 'secret',
      ruleId,
      category: this.optional(s, 'Category') ?? '',
      severity: this.severity(s),
      title: this.optional(s, 'Title') || ruleId,
      target: '',
      startLine: this.requiredLine(s, 'StartLine'),
      endLine: this.requiredLine(s, 'EndLine'),
      layerDiffId: this.layer(s),
    };
  }

  private misconfiguration(m: Json): MisconfigurationFinding {
    const id = this.required(m, 'ID');
    const cause = m.CauseMetadata;
    const causeObject = cause === undefined || cause === null ? undefined : this.object(cause, 'CauseMetadata');
    return {
      kind: 'misconfiguration',
      id,
      title: this.optional(m, 'Title') || id,
      message: this.optional(m, 'Message') ?? '',
      resolution: this.optional(m, 'Resolution') || undefined,
      severity: this.severity(m),
      // Required: a check whose outcome we cannot read must not quietly count as passed.
      status: this.required(m, 'Status'),
      url: this.optional(m, 'PrimaryURL') || undefined,
      target: '',
      targetType: undefined,
      startLine: causeObject ? this.optionalLine(causeObject, 'StartLine', 'CauseMetadata.StartLine') : undefined,
      endLine: causeObject ? this.optionalLine(causeObject, 'EndLine', 'CauseMetadata.EndLine') : undefined,
      layerDiffId: this.layer(m),
    };
  }

  private license(l: Json): LicenseFinding {
    const confidence = l.Confidence;
    if (confidence !== undefined && confidence !== null && typeof confidence !== 'number') {
      throw this.itemError('Confidence', 'must be a number', confidence);
    }
    return {
      kind: 'license',
      name: this.required(l, 'Name'),
      // Required: deny-by-category policies act on it.
      category: this.required(l, 'Category'),
      severity: this.severity(l),
      packageName: this.optional(l, 'PkgName') ?? '',
      filePath: this.optional(l, 'FilePath') || undefined,
      target: '',
      confidence: typeof confidence === 'number' ? confidence : undefined,
      layerDiffId: this.layer(l),
    };
  }

  private severity(item: Json): Severity {
    const value = item.Severity;
    if (isSeverity(value)) return value;
    if (value === undefined || value === null) throw this.itemError('Severity', 'is missing', undefined);
    // Described, not quoted: the report is the judged image's data.
    throw configError(
      `${this.source}: ${this.itemPath('Severity')} is ${kindOf(value)} that is not a severity; expected one of ${SEVERITIES.join(', ')}`,
    );
  }

  /** The highest V3 score over all sources, else the highest V2, with the vector that goes with it. */
  private cvss(value: unknown): CvssScore | undefined {
    if (value === undefined || value === null) return undefined;
    const sources = this.object(value, 'CVSS');
    let best3: CvssScore | undefined;
    let best2: CvssScore | undefined;
    for (const name in sources) {
      const entry = sources[name];
      if (!isObject(entry)) throw this.itemError(`CVSS.${name}`, 'must be an object', entry);
      const v3 = entry.V3Score;
      if (v3 !== undefined && v3 !== null) {
        if (typeof v3 !== 'number') throw this.itemError(`CVSS.${name}.V3Score`, 'must be a number', v3);
        if (v3 > 0 && (best3 === undefined || v3 > best3.score)) best3 = score(name, v3, entry.V3Vector);
      }
      const v2 = entry.V2Score;
      if (v2 !== undefined && v2 !== null) {
        if (typeof v2 !== 'number') throw this.itemError(`CVSS.${name}.V2Score`, 'must be a number', v2);
        if (v2 > 0 && (best2 === undefined || v2 > best2.score)) best2 = score(name, v2, entry.V2Vector);
      }
    }
    return best3 ?? best2;
  }

  private purl(item: Json): string | undefined {
    const identifier = item.PkgIdentifier;
    if (identifier === undefined || identifier === null) return undefined;
    return this.optional(this.object(identifier, 'PkgIdentifier'), 'PURL', 'PkgIdentifier.PURL') || undefined;
  }

  private layer(item: Json): string | undefined {
    const layer = item.Layer;
    if (layer === undefined || layer === null) return undefined;
    return this.optional(this.object(layer, 'Layer'), 'DiffID', 'Layer.DiffID') || undefined;
  }

  private required(item: Json, field: string): string {
    const value = item[field];
    if (typeof value === 'string' && value !== '') return value;
    if (value === undefined || value === null || value === '') throw this.itemError(field, 'is missing', undefined);
    throw this.itemError(field, 'must be a string', value);
  }

  private optional(item: Json, field: string, path: string = field): string | undefined {
    const value = item[field];
    if (typeof value === 'string') return value;
    if (value === undefined || value === null) return undefined;
    throw this.itemError(path, 'must be a string', value);
  }

  private requiredLine(item: Json, field: string): number {
    const value = item[field];
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (value === undefined || value === null) throw this.itemError(field, 'is missing', undefined);
    throw this.itemError(field, 'must be a whole number', value);
  }

  private optionalLine(item: Json, field: string, path: string): number | undefined {
    const value = item[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value)) return value > 0 ? value : undefined;
    throw this.itemError(path, 'must be a whole number', value);
  }

  private object(value: unknown, path: string): Json {
    if (isObject(value)) return value;
    throw this.itemError(path, 'must be an object', value);
  }

  private optionalString(value: unknown, path: string): string | undefined {
    if (typeof value === 'string') return value;
    if (value === undefined || value === null) return undefined;
    throw this.shapeError(path, 'must be a string', value);
  }

  private optionalObject(value: unknown, path: string): Json | undefined {
    if (value === undefined || value === null) return undefined;
    if (isObject(value)) return value;
    throw this.shapeError(path, 'must be an object', value);
  }

  private stringList(value: unknown, path: string): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.shapeError(path, 'must be an array', value);
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'string') throw this.shapeError(`${path}[${i}]`, 'must be a string', value[i]);
    }
    return value as string[];
  }

  private itemPath(field: string): string {
    return `Results[${this.result}].${this.list}[${this.item}].${field}`;
  }

  private itemError(field: string, problem: string, value: unknown) {
    return this.shapeError(this.itemPath(field), problem, value);
  }

  /** Values are described by type only: a malformed field could be the one holding secret text. */
  private shapeError(path: string, problem: string, value: unknown) {
    const got = value === undefined || problem === 'is missing' ? '' : `, got ${kindOf(value)}`;
    return configError(`${this.source}: ${path} ${problem}${got}`);
  }
}

function score(source: string, value: number, vector: unknown): CvssScore {
  return typeof vector === 'string' && vector !== '' ? { source, score: value, vector } : { source, score: value };
}

function firstLine(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trimStart();
  const end = trimmed.indexOf('\n');
  const line = (end === -1 ? trimmed : trimmed.slice(0, end)).trim();
  if (line === '') return undefined;
  return detach(line.length > 200 ? `${line.slice(0, 197)}...` : line);
}

/** A copy that does not point into the description, so the description can be collected. */
function detach(slice: string): string {
  return (' ' + slice).slice(1);
}
