import { describe, expect, it } from 'vitest';
import type { ScanReport } from '../../../../src/core/model/findings.js';
import { judge } from '../../../../src/core/judge/judge.js';
import { DEFAULT_POLICY, type Policy } from '../../../../src/core/model/policy.js';
import { parseImageUser, rootViolation } from '../../../../src/core/judge/root-user.js';

const NOW = new Date('2026-01-15T12:00:00Z');

function report(user: string | undefined): ScanReport {
  return {
    source: 'test.json',
    artifactName: 'registry.example/app:1',
    artifactType: 'container_image',
    diffIds: [],
    repoDigests: [],
    imageConfig: user === undefined ? {} : { user },
    findings: [],
  };
}

/** What forbid-root says: the violation's kind, told apart by its wording, or pass. */
function verdictOf(user: string | undefined, allowNamedUser: boolean): 'root' | 'named' | 'invalid' | 'pass' {
  const violation = rootViolation(report(user), { allowNamedUser });
  if (violation === undefined) return 'pass';
  expect(violation.rule).toBe('root-user');
  expect(violation.count).toBe(0);
  if (violation.message.startsWith('the image runs as root')) return 'root';
  if (violation.message.includes('is a name')) return 'named';
  if (violation.message.includes('is not a uid')) return 'invalid';
  throw new Error(`unexpected message: ${violation.message}`);
}

// Go's strconv.Atoi (what runc's GetExecUser and containerd's WithUser call): sign, then decimal digits,
// int64 range. `parsed` is the user part as the runtime reads it; `plain` is forbid-root alone,
// `names` is forbid-root with allow-named-user.
const table: { user: string | undefined; parsed: ReturnType<typeof parseImageUser>; plain: string; names: string }[] = [
  // Root, however spelled: names do not help.
  { user: undefined, parsed: { kind: 'default' }, plain: 'root', names: 'root' },
  { user: '', parsed: { kind: 'default' }, plain: 'root', names: 'root' },
  { user: ':1000', parsed: { kind: 'default' }, plain: 'root', names: 'root' },
  { user: '0', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '00', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '000', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '0000', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '+0', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '-0', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '+00', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '-000', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '0:0', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '0:1000', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '+0:+0', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: '-0:app', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  // runc splits at every ':' and reads the first two parts; the user is still the text before the first.
  { user: '0:1:2', parsed: { kind: 'uid', uid: 0n }, plain: 'root', names: 'root' },
  { user: 'root', parsed: { kind: 'name', name: 'root' }, plain: 'root', names: 'root' },
  { user: 'root:root', parsed: { kind: 'name', name: 'root' }, plain: 'root', names: 'root' },
  { user: 'root:1000', parsed: { kind: 'name', name: 'root' }, plain: 'root', names: 'root' },
  // A numeric uid other than 0: the runtime uses it as is, whatever /etc/passwd says, so it passes.
  { user: '1000', parsed: { kind: 'uid', uid: 1000n }, plain: 'pass', names: 'pass' },
  { user: '+1000', parsed: { kind: 'uid', uid: 1000n }, plain: 'pass', names: 'pass' },
  { user: '01000', parsed: { kind: 'uid', uid: 1000n }, plain: 'pass', names: 'pass' },
  { user: '1000:0', parsed: { kind: 'uid', uid: 1000n }, plain: 'pass', names: 'pass' },
  { user: '10001:app', parsed: { kind: 'uid', uid: 10001n }, plain: 'pass', names: 'pass' },
  { user: '65532:65532', parsed: { kind: 'uid', uid: 65532n }, plain: 'pass', names: 'pass' },
  { user: '2147483647', parsed: { kind: 'uid', uid: 2147483647n }, plain: 'pass', names: 'pass' },
  // Numbers Atoi takes that no runtime runs as: runc and containerd refuse them, the kubelet calls them invalid.
  { user: '-1', parsed: { kind: 'uid', uid: -1n }, plain: 'invalid', names: 'invalid' },
  { user: '2147483648', parsed: { kind: 'uid', uid: 2147483648n }, plain: 'invalid', names: 'invalid' },
  { user: '4294967296', parsed: { kind: 'uid', uid: 4294967296n }, plain: 'invalid', names: 'invalid' },
  { user: '9223372036854775807', parsed: { kind: 'uid', uid: 9223372036854775807n }, plain: 'invalid', names: 'invalid' },
  { user: '-9223372036854775808', parsed: { kind: 'uid', uid: -9223372036854775808n }, plain: 'invalid', names: 'invalid' },
  // Out of int64, Atoi fails and runc looks the text up as a name; newer containerd refuses it: fail either way.
  { user: '9223372036854775808', parsed: { kind: 'name', name: '9223372036854775808' }, plain: 'invalid', names: 'invalid' },
  { user: '18446744073709551616', parsed: { kind: 'name', name: '18446744073709551616' }, plain: 'invalid', names: 'invalid' },
  { user: '-9223372036854775809:0', parsed: { kind: 'name', name: '-9223372036854775809' }, plain: 'invalid', names: 'invalid' },
  // Names: only the image's /etc/passwd says what they are, so they pass only when the policy accepts names.
  { user: 'app', parsed: { kind: 'name', name: 'app' }, plain: 'named', names: 'pass' },
  { user: 'app:app', parsed: { kind: 'name', name: 'app' }, plain: 'named', names: 'pass' },
  { user: 'nobody', parsed: { kind: 'name', name: 'nobody' }, plain: 'named', names: 'pass' },
  { user: 'rooty', parsed: { kind: 'name', name: 'rooty' }, plain: 'named', names: 'pass' },
  // Case matters to the passwd lookup: "Root" is not the name "root", and could be anything.
  { user: 'Root', parsed: { kind: 'name', name: 'Root' }, plain: 'named', names: 'pass' },
  // Not Atoi's grammar, so names too (the runtime looks them up in /etc/passwd, it does not trim or convert).
  { user: ' 0', parsed: { kind: 'name', name: ' 0' }, plain: 'named', names: 'pass' },
  { user: '0 ', parsed: { kind: 'name', name: '0 ' }, plain: 'named', names: 'pass' },
  { user: '0x0', parsed: { kind: 'name', name: '0x0' }, plain: 'named', names: 'pass' },
  { user: '1_000', parsed: { kind: 'name', name: '1_000' }, plain: 'named', names: 'pass' },
  { user: '+', parsed: { kind: 'name', name: '+' }, plain: 'named', names: 'pass' },
  { user: '--0', parsed: { kind: 'name', name: '--0' }, plain: 'named', names: 'pass' },
  { user: '+-0', parsed: { kind: 'name', name: '+-0' }, plain: 'named', names: 'pass' },
  { user: '0e0', parsed: { kind: 'name', name: '0e0' }, plain: 'named', names: 'pass' },
  { user: '٠', parsed: { kind: 'name', name: '٠' }, plain: 'named', names: 'pass' },
  { user: '０', parsed: { kind: 'name', name: '０' }, plain: 'named', names: 'pass' },
  { user: 'app\n::error::x', parsed: { kind: 'name', name: 'app\n' }, plain: 'named', names: 'pass' },
];

describe('the image config User, read as the runtimes read it', () => {
  it.each(table)('$user is $parsed.kind', ({ user, parsed }) => {
    expect(parseImageUser(user)).toEqual(parsed);
  });

  it.each(table)('forbid-root on $user: $plain; with allow-named-user: $names', ({ user, plain, names }) => {
    expect(verdictOf(user, false)).toBe(plain);
    expect(verdictOf(user, true)).toBe(names);
  });
});

describe('the forbid-root verdict text', () => {
  const message = (user: string | undefined, allowNamedUser = false): string | undefined => rootViolation(report(user), { allowNamedUser })?.message;

  it('says how root was spelled', () => {
    expect(message('')).toBe('the image runs as root (no user set, so root); the policy forbids it');
    expect(message(':1000')).toBe('the image runs as root (user ":1000" names no user, so root); the policy forbids it');
    expect(message('+0:+0')).toBe('the image runs as root (user "+0:+0" is uid 0); the policy forbids it');
    expect(message('root:root', true)).toBe('the image runs as root (user "root:root"); the policy forbids it');
  });

  it('says why a name fails and how to fix it, in one sentence', () => {
    expect(message('app:app')).toBe(
      `the image's user "app:app" is a name, which only the image's own /etc/passwd maps to a uid (possibly 0), ` +
        'so it cannot be shown not to run as root; use a numeric uid (e.g. USER 10001 or USER 10001:10001), ' +
        'or accept names with image: { allow-named-user: true } in the policy',
    );
  });

  it('says why an out-of-range uid fails', () => {
    expect(message('-1', true)).toBe(
      `the image's user "-1" is not a uid from 0 to 2147483647 (runtimes refuse it or read it another way), ` +
        'so it cannot be shown not to run as root; use a numeric uid such as USER 10001',
    );
  });

  it('shows control characters in the user escaped, on one line, and cuts a long user', () => {
    const forged = message('app\n::error title=PASS::all good');
    expect(forged).toContain('"app\\n::error title=PASS::all good"');
    expect(forged).not.toContain('\n');
    const long = message('a'.repeat(5000)) ?? '';
    expect(long).toContain(`"${'a'.repeat(64)}…"`);
    expect(long.length).toBeLessThan(400);
  });

  it('fails closed, naming the report, when there is no image config', () => {
    const noConfig: ScanReport = { ...report(''), source: 'fs.json', artifactType: 'filesystem', imageConfig: undefined };
    expect(rootViolation(noConfig, { allowNamedUser: true })?.message).toBe(
      "could not check the image's user: fs.json has no image config (artifact type filesystem); the policy forbids running as root",
    );
  });
});

describe('judge applies forbid-root and allow-named-user from the policy', () => {
  const policy = (image: Policy['image']): Policy => ({ ...DEFAULT_POLICY, image });

  it.each([
    { user: '+0', image: { forbidRoot: true, allowNamedUser: true }, outcome: 'fail' },
    { user: 'app', image: { forbidRoot: true, allowNamedUser: false }, outcome: 'fail' },
    { user: 'app', image: { forbidRoot: true, allowNamedUser: true }, outcome: 'pass' },
    { user: '10001', image: { forbidRoot: true, allowNamedUser: false }, outcome: 'pass' },
    // Without forbid-root nothing about the user is judged, and allow-named-user alone changes nothing.
    { user: '+0', image: { forbidRoot: false, allowNamedUser: false }, outcome: 'pass' },
    { user: 'root', image: { forbidRoot: false, allowNamedUser: true }, outcome: 'pass' },
  ])('user $user with $image: $outcome', ({ user, image, outcome }) => {
    const verdict = judge({ scan: report(user) }, policy(image), NOW);
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.violations.map((v) => v.rule)).toEqual(outcome === 'fail' ? ['root-user'] : []);
  });
});
