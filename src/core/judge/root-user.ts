import type { ScanReport } from '../model/findings.js';
import type { Violation } from '../model/verdict.js';

/**
 * Who an image config's User runs as, read the way the container runtimes read it, because they, not
 * this gate, decide the process's uid. Sources read, at these commits:
 * - opencontainers/runc libcontainer/user/user.go @ 0025bf6827336c859266cf297c41aba678d05502, GetExecUser
 *   (moby's daemon/oci_linux.go getUser calls the same GetExecUserPath): the text before the first ':'
 *   is the user; `strconv.Atoi` accepting it makes it a uid, taken as is even when /etc/passwd lists it;
 *   otherwise it is a name that the image's /etc/passwd maps, first match wins; empty keeps the default, 0.
 * - containerd pkg/oci/spec_opts.go WithUser @ 02bfc1a6cb3a76a1ce06116a726e285ef190681d: the same Atoi,
 *   then a uid outside 0..MaxInt32 is refused (at 18fcad83054ea3df0b85757f5dd0d2c312cb69b7 it was looked up
 *   as a *name* instead): runtimes disagree there, so such a uid fails here.
 * - kubernetes pkg/kubelet/kuberuntime/security_context_others.go verifyRunAsNonRoot
 *   @ 1f671eec38a8b413ee8e1e3e69a46b0c9689beda, fed by containerd's CRI getUserFromImage
 *   (internal/cri/server/images/image_status.go, `strconv.ParseInt(user, 10, 64)`): runAsNonRoot refuses
 *   uid 0, refuses a uid outside 0..MaxInt32, and refuses any non-numeric user, "cannot verify user is
 *   non-root". This gate follows it, except that a policy may accept names explicitly.
 *
 * Go's Atoi (base 10, int64 here): an optional '+' or '-', then ASCII digits; no spaces, no '_', no 0x.
 * So "+0", "-0", "+00" and "000" are uid 0, while " 0" and "0x0" are names.
 */
export type ImageUser =
  /** No user before the ':' (User "" or ":1000"): the runtime's default, uid 0. */
  | { kind: 'default' }
  /** A number Atoi accepts: the runtime uses it as the uid without asking /etc/passwd. */
  | { kind: 'uid'; uid: bigint }
  /** Anything else: the image's own /etc/passwd decides its uid. */
  | { kind: 'name'; name: string };

/** Atoi's grammar; the int64 range is checked on the value. */
const ATOI = /^[+-]?[0-9]+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** runc's maxID and the kubelet's IsValidUserID: 1<<31 - 1, for 32-bit systems. */
export const MAX_UID = 2n ** 31n - 1n;

export function parseImageUser(user = ''): ImageUser {
  const colon = user.indexOf(':');
  const name = colon === -1 ? user : user.slice(0, colon);
  if (name === '') return { kind: 'default' };
  if (ATOI.test(name)) {
    // BigInt() alone would also take " 0" and "0x0", which Atoi refuses: the regex has vetted the text.
    const digits = BigInt(name.replace(/^[+-]/, ''));
    const uid = name.startsWith('-') ? -digits : digits;
    // Out of int64 Atoi fails (ErrRange), and runc then looks the text up as a name.
    if (uid >= INT64_MIN && uid <= INT64_MAX) return { kind: 'uid', uid };
  }
  return { kind: 'name', name };
}

export interface RootUserPolicy {
  /** Accept a user given by name (other than "root"), trusting the image's /etc/passwd not to map it to 0. */
  allowNamedUser: boolean;
}

/**
 * The forbid-root violation for this report, or undefined when the config shows a non-root user.
 * Fails closed: no config, uid 0 however spelled, "root", an out-of-range uid, or (unless names are
 * accepted) a name. A number too large for int64 is a name to runc but refused by newer containerd,
 * so it fails like an out-of-range uid whatever the policy says about names.
 */
export function rootViolation(report: ScanReport, policy: RootUserPolicy): Violation | undefined {
  const config = report.imageConfig;
  // Without an image config (a filesystem or SBOM scan) the rule cannot be checked, so it must not pass.
  if (config === undefined) {
    return violation(
      `could not check the image's user: ${report.source} has no image config ` +
        `(artifact type ${report.artifactType}); the policy forbids running as root`,
    );
  }
  const raw = config.user ?? '';
  const shown = quote(raw);
  const user = parseImageUser(raw);
  switch (user.kind) {
    case 'default':
      return violation(
        raw === ''
          ? 'the image runs as root (no user set, so root); the policy forbids it'
          : `the image runs as root (user ${shown} names no user, so root); the policy forbids it`,
      );
    case 'uid':
      if (user.uid === 0n) return violation(`the image runs as root (user ${shown} is uid 0); the policy forbids it`);
      if (user.uid < 0n || user.uid > MAX_UID) return invalidUid(shown);
      return undefined;
    case 'name':
      if (user.name === 'root') return violation(`the image runs as root (user ${shown}); the policy forbids it`);
      if (ATOI.test(user.name)) return invalidUid(shown);
      if (policy.allowNamedUser) return undefined;
      return violation(
        `the image's user ${shown} is a name, which only the image's own /etc/passwd maps to a uid (possibly 0), ` +
          'so it cannot be shown not to run as root; use a numeric uid (e.g. USER 10001 or USER 10001:10001), ' +
          'or accept names with image: { allow-named-user: true } in the policy',
      );
  }
}

function invalidUid(shown: string): Violation {
  return violation(
    `the image's user ${shown} is not a uid from 0 to ${MAX_UID} (runtimes refuse it or read it another way), ` +
      'so it cannot be shown not to run as root; use a numeric uid such as USER 10001',
  );
}

function violation(message: string): Violation {
  return { rule: 'root-user', message, count: 0 };
}

/** The User comes from the image: JSON quoting shows control characters as escapes; a long one is cut. */
function quote(user: string): string {
  const limit = 64;
  return JSON.stringify(user.length > limit ? `${user.slice(0, limit)}…` : user);
}
