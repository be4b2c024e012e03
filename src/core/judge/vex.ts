import { PackageURL } from 'packageurl-js';
import type { VulnerabilityFinding } from '../model/findings.js';
import type { VexImage, VexStatement, VexSuppression } from '../model/vex.js';

/**
 * Which VEX statement speaks for a vulnerability finding, and whether it suppresses it. A statement
 * matches by vulnerability (its name or an alias equals the finding's ID) and by product, with package
 * URL rules: type, namespace and name equal; a version, qualifiers or subpath given in the statement
 * must equal the package's (a statement without a version covers every version). An image product
 * (pkg:oci/NAME, its version the digest) covers its subcomponents only in the image it names: same
 * name, and the image's digest when it gives one. Of the statements that match, the latest (by
 * timestamp, then by order) decides, as OpenVEX lets a later statement override an earlier one; only
 * not_affected and fixed suppress. Statements are indexed by ID, so a finding costs one lookup, and
 * only findings whose ID a statement names parse their package URL.
 */
export class VexMatcher {
  private readonly byId = new Map<string, { statement: VexStatement; order: number }[]>();

  constructor(
    statements: readonly VexStatement[],
    private readonly image?: VexImage,
  ) {
    statements.forEach((statement, order) => {
      for (const id of new Set([statement.vulnerability.name, ...statement.vulnerability.aliases])) {
        const key = id.toUpperCase();
        const list = this.byId.get(key) ?? [];
        list.push({ statement, order });
        this.byId.set(key, list);
      }
    });
  }

  get isEmpty(): boolean {
    return this.byId.size === 0;
  }

  /** The suppression for this finding, or undefined when no statement suppresses it. */
  suppression(finding: VulnerabilityFinding): VexSuppression | undefined {
    const candidates = this.byId.get(finding.id.toUpperCase());
    if (candidates === undefined) return undefined;
    const purl = parsePurl(finding.purl);
    if (purl === undefined) return undefined;
    let latest: { statement: VexStatement; order: number; time: number } | undefined;
    for (const { statement, order } of candidates) {
      if (!statement.products.some((product) => this.productCovers(product, purl))) continue;
      const time = statement.timestamp === undefined ? Number.NEGATIVE_INFINITY : Date.parse(statement.timestamp);
      const at = Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
      if (latest === undefined || at > latest.time || (at === latest.time && order > latest.order)) latest = { statement, order, time: at };
    }
    if (latest === undefined) return undefined;
    const { status, justification, impactStatement, author, document } = latest.statement;
    if (status !== 'not_affected' && status !== 'fixed') return undefined;
    return {
      status,
      author,
      document,
      ...(justification !== undefined && { justification }),
      ...(impactStatement !== undefined && { impactStatement }),
    };
  }

  private productCovers(product: VexStatement['products'][number], purl: PackageURL): boolean {
    const named = parsePurl(product.purl);
    if (named === undefined) return false;
    if (named.type === 'oci') {
      return this.isThisImage(named) && product.subcomponents.some((subcomponent) => covers(parsePurl(subcomponent), purl));
    }
    // A package product with subcomponents speaks of them inside it: the package itself is covered either way.
    return covers(named, purl) || product.subcomponents.some((subcomponent) => covers(parsePurl(subcomponent), purl));
  }

  /** pkg:oci/NAME[@DIGEST][?repository_url=…]: the image judged, when its name, digest and repository agree. */
  private isThisImage(named: PackageURL): boolean {
    const image = this.image;
    if (image === undefined) return false;
    const repository = image.repository.toLowerCase();
    const name = repository.slice(repository.lastIndexOf('/') + 1);
    if (named.name.toLowerCase() !== name) return false;
    if (named.version && !image.digests.includes(named.version.toLowerCase())) return false;
    for (const [key, value] of Object.entries(named.qualifiers ?? {})) {
      // Only the repository can be checked; a qualifier the gate cannot confirm (arch, tag, …) does not match.
      if (key !== 'repository_url' || !sameRepository(value, repository)) return false;
    }
    return true;
  }
}

/** Whether a statement's package URL covers a package's: the statement's parts, where given, equal the package's. */
function covers(statement: PackageURL | undefined, purl: PackageURL): boolean {
  if (statement === undefined) return false;
  if (statement.type !== purl.type || (statement.namespace ?? '') !== (purl.namespace ?? '') || statement.name !== purl.name) return false;
  if (statement.version && statement.version !== purl.version) return false;
  if (statement.subpath && statement.subpath !== purl.subpath) return false;
  const qualifiers = purl.qualifiers ?? {};
  return Object.entries(statement.qualifiers ?? {}).every(([key, value]) => qualifiers[key] === value);
}

function sameRepository(repositoryUrl: string, repository: string): boolean {
  const given = repositoryUrl.toLowerCase().replace(/^[a-z]+:\/\//, '');
  return given === repository || (repository.startsWith('docker.io/') && given === `index.${repository}`);
}

function parsePurl(text: string | undefined): PackageURL | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    return PackageURL.fromString(text);
  } catch {
    // A package URL that does not parse names nothing we can compare: it matches nothing.
    return undefined;
  }
}
