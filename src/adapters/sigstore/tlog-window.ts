/**
 * A transparency log is used only inside its validity window. @sigstore/verify holds every other authority to its
 * window (a CA and a TSA at the signing time, a CT log at its SCT's time, a log at the integrated time its SET
 * signs), but checks an inclusion proof against any log with the entry's log ID, whatever the time: a bundle whose
 * entry carries only a proof (Rekor v2; or a v1 entry with its SET stripped) verifies against a log retired long
 * before. This narrows the logs, per signed entity, to those whose window holds when it was signed (or now).
 */
import type { TransparencyLogEntry } from '@sigstore/bundle';
import type { SignedEntity, TrustMaterial } from '@sigstore/verify';

type TLogAuthority = TrustMaterial['tlogs'][number];

/**
 * The trust material to verify `entity` with: as given, unless an entry has only an inclusion proof; then a log
 * with that entry's ID is kept only when its window holds every time something signed says the entity existed
 * (RFC 3161 timestamps, the integrated times of entries with a SET), or, when nothing signed says when, the current
 * time. Never the entry's own integrated time: the proof covers the entry's body, not that time, so without a SET
 * anyone may rewrite it into a retired log's window. sigstore-go never takes a time from a proof alone either ("DO
 * NOT use timestamp with only an inclusion proof"), though it holds a proof's log to no window at all. A cheap
 * filter over a few logs.
 */
export function materialFor(material: TrustMaterial, entity: SignedEntity): TrustMaterial {
  const proofOnly = entity.tlogEntries.filter((entry) => entry.inclusionPromise === undefined);
  if (proofOnly.length === 0) return material;
  const signed = signedTimes(entity);
  const times = signed.length > 0 ? signed : [new Date()];
  const tlogs = material.tlogs.filter(
    (log) => !proofOnly.some((entry) => log.logID.equals(entry.logId.keyId)) || times.every((time) => holds(log, time)),
  );
  return tlogs.length === material.tlogs.length ? material : { ...material, tlogs };
}

function signedTimes(entity: SignedEntity): Date[] {
  const times: Date[] = [];
  for (const timestamp of entity.timestamps) {
    if (timestamp.$case !== 'timestamp-authority') continue;
    try {
      times.push(timestamp.timestamp.signingTime);
    } catch {
      // A timestamp that does not parse fails verification on its own; it says nothing about when.
    }
  }
  for (const entry of entity.tlogEntries) if (entry.inclusionPromise !== undefined) times.push(...ownTime(entry));
  return times;
}

/** The integrated time an entry states (Rekor v2 entries state none: 0); only a SET makes it a signed time. */
function ownTime(entry: TransparencyLogEntry): Date[] {
  const seconds = Number(entry.integratedTime);
  return Number.isFinite(seconds) && seconds > 0 ? [new Date(seconds * 1000)] : [];
}

/** Inside [start, end], both ends included, as @sigstore/verify's own filters compare. */
function holds(log: TLogAuthority, time: Date): boolean {
  const at = time.getTime();
  return log.validFor.start.getTime() <= at && at <= log.validFor.end.getTime();
}
