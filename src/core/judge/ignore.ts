import { matchesGlob } from 'node:path';
import { configError } from '../model/errors.js';
import { findingId, findingPackage, findingPath, type Finding } from '../model/findings.js';
import type { IgnoreRule } from '../model/policy.js';

interface CompiledRule {
  rule: IgnoreRule;
  /** Declaration order: when several live rules match, the first declared one is credited. */
  order: number;
  expired: boolean;
  idLower: string | undefined;
  /** Glob results per path: findings share few distinct paths, and matchesGlob compiles its pattern on every call. */
  pathCache: Map<string, boolean> | undefined;
  matched: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** First instant at which a rule expiring on `expires` no longer applies: midnight UTC after that day. */
export function expiryCutoff(expires: string, origin: string): number {
  const parts = DATE.exec(expires);
  const year = Number(parts?.[1]);
  const month = Number(parts?.[2]);
  const day = Number(parts?.[3]);
  const start = Date.UTC(year, month - 1, day);
  const check = new Date(start);
  // A rule with a date that cannot be read must never ignore anything forever: refuse it.
  if (parts === null || Number.isNaN(start) || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw configError(`${origin}: ignore rule expires "${expires}" is not a valid date (YYYY-MM-DD)`);
  }
  return Date.UTC(year, month - 1, day + 1);
}

/**
 * Ignore rules compiled once per evaluation: ids lowercased and indexed, so a finding only tries
 * the rules that name its id plus the few that name none.
 */
export class IgnoreMatcher {
  private readonly compiled: CompiledRule[];
  private readonly byId = new Map<string, CompiledRule[]>();
  private readonly withoutId: CompiledRule[] = [];

  constructor(rules: readonly IgnoreRule[], now: Date) {
    const nowMs = now.getTime();
    this.compiled = rules.map((rule, order) => {
      // A rule with no matcher would ignore every finding: fail closed rather than pass everything.
      if (rule.id === undefined && rule.package === undefined && rule.path === undefined) {
        throw configError(`${rule.origin}: ignore rule needs at least one of id, package, path`);
      }
      const expired = rule.expires !== undefined && nowMs >= expiryCutoff(rule.expires, rule.origin);
      const compiled: CompiledRule = {
        rule,
        order,
        expired,
        idLower: rule.id?.toLowerCase(),
        pathCache: rule.path === undefined ? undefined : new Map(),
        matched: 0,
      };
      if (compiled.idLower === undefined) {
        this.withoutId.push(compiled);
      } else {
        const list = this.byId.get(compiled.idLower);
        if (list) list.push(compiled);
        else this.byId.set(compiled.idLower, [compiled]);
      }
      return compiled;
    });
  }

  get isEmpty(): boolean {
    return this.compiled.length === 0;
  }

  /**
   * Credits every rule that matches (so expired and unused rules can be reported) and returns the
   * first declared live one, if any.
   */
  match(finding: Finding): IgnoreRule | undefined {
    let best: CompiledRule | undefined;
    if (this.byId.size > 0) {
      const candidates = this.byId.get(findingId(finding).toLowerCase());
      if (candidates) best = this.tryRules(candidates, finding, best);
    }
    if (this.withoutId.length > 0) best = this.tryRules(this.withoutId, finding, best);
    return best?.rule;
  }

  expired(): { rule: IgnoreRule; matched: number }[] {
    return this.compiled.filter((c) => c.expired).map((c) => ({ rule: c.rule, matched: c.matched }));
  }

  unused(): IgnoreRule[] {
    return this.compiled.filter((c) => !c.expired && c.matched === 0).map((c) => c.rule);
  }

  private tryRules(rules: CompiledRule[], finding: Finding, best: CompiledRule | undefined): CompiledRule | undefined {
    for (const compiled of rules) {
      if (!matches(compiled, finding)) continue;
      compiled.matched++;
      if (!compiled.expired && (best === undefined || compiled.order < best.order)) best = compiled;
    }
    return best;
  }
}

function matches(compiled: CompiledRule, finding: Finding): boolean {
  const { rule, pathCache } = compiled;
  if (rule.package !== undefined && findingPackage(finding) !== rule.package) return false;
  if (pathCache !== undefined && rule.path !== undefined) {
    const path = findingPath(finding);
    let hit = pathCache.get(path);
    if (hit === undefined) {
      hit = matchesGlob(path, rule.path);
      pathCache.set(path, hit);
    }
    if (!hit) return false;
  }
  // The id was already matched through the index, case-insensitively.
  return true;
}
