/** The CLI's switches (cosign-style boolean flags): `--name` or `--name=value`, taken out before the other options. */
import { describe, expect, it } from 'vitest';
import { takeSwitches } from '../../../src/cli/switches.js';

describe('takeSwitches', () => {
  it('takes --insecure-ignore-tlog alone as true, and leaves the image and the other options in place', () => {
    const { switches, rest } = takeSwitches(['verify', '--insecure-ignore-tlog', 'registry.test/app:1', '--key', 'k.pub']);
    expect(switches.get('insecure-ignore-tlog')).toBe('true');
    expect(rest).toEqual(['verify', 'registry.test/app:1', '--key', 'k.pub']);
  });

  it('takes --name=value as written (parseConfig judges the value); the last one given wins', () => {
    expect(takeSwitches(['--insecure-ignore-tlog=false']).switches.get('insecure-ignore-tlog')).toBe('false');
    expect(takeSwitches(['--insecure-ignore-tlog=yes']).switches.get('insecure-ignore-tlog')).toBe('yes');
    expect(takeSwitches(['--insecure-ignore-tlog', '--insecure-ignore-tlog=false']).switches.get('insecure-ignore-tlog')).toBe('false');
  });

  it('leaves options that are not switches, look-alikes and everything after -- alone', () => {
    const argv = ['--key=k.pub', '--insecure-ignore-tlogs', '-insecure-ignore-tlog', '--', '--insecure-ignore-tlog'];
    const { switches, rest } = takeSwitches(argv);
    expect(switches.size).toBe(0);
    expect(rest).toEqual(argv);
  });
});
