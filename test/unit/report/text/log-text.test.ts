/**
 * The log seam against the runner's command grammar (test/helpers/runner-commands.ts). Every hostile case
 * first proves its premise: printed as it is, the runner would honour it.
 */
import { describe, expect, it } from 'vitest';
import type { VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import { commandsStopped, jsonText, logText, neutraliseLine, oneLine, plainText } from '../../../../src/report/text/log-text.js';
import { renderLogTable } from '../../../../src/report/summary/table.js';
import { gateResult, scanOf } from '../../../helpers/gate-result.js';
import { honouredCommands, icuIgnores } from '../../../helpers/runner-commands.js';

const TOKEN = '0123456789abcdef0123456789abcdef';

/** Hostile lines, each a command the runner honours when printed as it is. */
const HOSTILE: Record<string, string> = {
  'V2 error at the line start': '::error::forged',
  'V2 after spaces and a tab': '   \t::error title=x::forged',
  'V2 after a non-breaking space (.NET trims it)': '\u00a0::warning::forged',
  'V2 in upper case': '::ERROR::forged',
  'V2 with a zero-width space between the colons (ICU ignores it)': ':\u200b:error::forged',
  'V2 behind a zero-width space': '\u200b::error::forged',
  'V2 add-mask': '::add-mask::hide-this',
  'V2 set-output': '::set-output name=verdict::pass',
  'V2 stop-commands': '::stop-commands::x',
  'legacy add-mask mid-line': 'libfoo: buffer overflow ##[add-mask]hide-this',
  'legacy set-output mid-line': 'GPL-2.0 ##[set-output name=verdict]pass',
  'legacy stop-commands': 'title ##[stop-commands]x',
  'legacy with three hashes': 'x ###[error]forged',
  'legacy with a soft hyphen between the hashes (ICU ignores it)': 'x #\u00ad#[error]forged',
  'legacy with a combining mark ICU ignores': 'x #\u0591#[error]forged',
};

describe('the runner emulation (premises)', () => {
  it.each(Object.entries(HOSTILE))('honours %s when printed as it is', (_name, line) => {
    expect(honouredCommands(`ordinary line\n${line}\n`).length).toBe(1);
  });

  it('reads a command the way @actions/core writes it, escapes and properties included', () => {
    const [command] = honouredCommands('::error title=a%3Ab%2Cc,file=Dockerfile,line=3::one%0Atwo %25');
    expect(command).toMatchObject({
      command: 'error',
      properties: { title: 'a:b,c', file: 'Dockerfile', line: '3' },
      data: 'one\ntwo %',
      form: 'v2',
    });
  });

  it('ends lines at CR, LF and CRLF, as StreamReader.ReadLine does', () => {
    expect(honouredCommands('a\r::error::1\r\n::error::2\n::error::3').map((command) => command.data)).toEqual(['1', '2', '3']);
  });

  it('ignores every command between stop-commands and its token, and honours them again after', () => {
    const commands = honouredCommands(`::stop-commands::${TOKEN}\n::error::ignored\n::${TOKEN}::\n::error::honoured`);
    expect(commands.map((command) => [command.command, command.data])).toEqual([
      ['stop-commands', TOKEN],
      ['resume-commands', TOKEN],
      ['error', 'honoured'],
    ]);
  });

  it('knows which characters ICU ignores when comparing', () => {
    expect(icuIgnores(0x200b)).toBe(true);
    expect(icuIgnores(0x20)).toBe(false);
    expect(icuIgnores(0xa0)).toBe(false);
  });
});

describe('logText', () => {
  it.each(Object.entries(HOSTILE))('neutralises %s', (_name, line) => {
    const printed = logText(`ordinary line\n${line}\n`);
    expect(honouredCommands(printed)).toEqual([]);
    // Still readable: the words are there.
    expect(printed).toMatch(/forged|hide-this|pass|x/);
  });

  it('breaks the marks with a visible ASCII space, which the runner does not ignore', () => {
    expect(neutraliseLine('::error::x')).toBe(': :error::x');
    expect(neutraliseLine('  ::error::x')).toBe('  : :error::x');
    expect(neutraliseLine('a ##[add-mask]b')).toBe('a # #[add-mask]b');
    expect(neutraliseLine('a ###[error]b')).toBe('a ## #[error]b');
  });

  it('leaves ordinary text alone: colons mid-line, a single hash, IPv6, digests', () => {
    const text = 'image-gate: PASS  ghcr.io/acme/app\n  digest:  sha256:abc\n  see #12 and [link]\n  addr fe80::1 :: end';
    expect(logText(text)).toBe(text);
  });

  it('neutralises a command after a carriage return, a CRLF or a lone LF inside a value', () => {
    for (const value of ['a\r::error::x', 'a\r\n::error::x', 'a\n::error::x']) {
      expect(honouredCommands(value)).toHaveLength(1);
      const printed = logText(`title: ${value}`);
      expect(printed.split('\n')).toHaveLength(2);
      expect(printed).not.toContain('\r');
      expect(honouredCommands(printed)).toEqual([]);
    }
  });

  it('keeps the gate own line breaks and tabs, removes other controls', () => {
    expect(logText('a\tb\nc\u0000d\u0007e\u007ff\u0085g')).toBe('a\tb\ncdefg');
  });

  it('removes terminal escapes whole: colours, OSC titles and hyperlinks, 8-bit CSI, charset switches', () => {
    const hostile = [
      '\u001b[31mred\u001b[0m',
      '\u001b]0;new window title\u0007title',
      '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\',
      '\u009b2Jclear',
      '\u001b(0charset\u001b(B',
      '\u001bcreset',
      '\u001bPdevice control\u001b\\dcs',
    ].join(' ');
    expect(plainText(hostile)).toBe('red title link clear charset reset dcs');
    expect(logText(hostile)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('removes bidirectional controls that would reorder what a reader sees', () => {
    expect(plainText('safe \u202eevil\u202c \u2066x\u2069')).toBe('safe evil x');
  });

  it('removes the invisible characters that make two names look the same', () => {
    expect(plainText('ghcr.io/acme/a\u200bpp\u200d\u2060\ufeff')).toBe('ghcr.io/acme/app');
    expect(oneLine('acme/a\u200bpp')).toBe('acme/a pp');
  });

  it('redacts before neutralising, so a secret is caught whole', () => {
    expect(logText('token ##[s3cr3t', (text) => text.split('##[s3cr3t').join('***'))).toBe('token ***');
  });
});

describe('oneLine', () => {
  it('keeps an untrusted value on one line whatever breaks it carries', () => {
    for (const value of ['a\r::error::x', 'a\r\n::error::x', 'a\n::error::x', 'a\u2028b', 'a\u0085b', 'a\u000bb']) {
      expect(oneLine(value)).not.toMatch(/[\r\n\u2028\u2029\u0085\u000b]/);
    }
    expect(oneLine('x\r\n\r\n::error::forged')).toBe('x ::error::forged');
  });

  it('strips escapes first, so no "[31m" is left behind, and cuts to a length', () => {
    expect(oneLine('\u001b[31mred\u001b[0m')).toBe('red');
    expect(oneLine('abcdef', 4)).toBe('abc…');
    expect(oneLine(undefined)).toBe('');
  });

  it('a value in the middle of a line cannot start one: the seam then neutralises "##["', () => {
    const line = `title: ${oneLine('x\n##[add-mask]y\n::error::z')}`;
    expect(honouredCommands(line)).toHaveLength(1);
    expect(honouredCommands(logText(line))).toEqual([]);
  });
});

describe('jsonText', () => {
  const hostile = {
    title: '::error::x\n##[add-mask]y #\u200b#[error]z',
    license: '##[set-output name=verdict]pass',
    c1: '\u009b31m\u0085',
    bidi: '\u202eevil',
    nested: ['###[', '\u001b[31m'],
  };

  it('escapes invisible characters too, so a reader sees they are there', () => {
    expect(jsonText({ name: 'a\u200bb\ufeff' })).toContain('"a\\u200bb\\ufeff"');
  });

  it('is lossless: JSON.parse gives back the same value', () => {
    expect(JSON.parse(jsonText(hostile))).toEqual(hostile);
  });

  it('prints nothing the runner honours and no raw C1 or bidi control, even unchanged by the seam', () => {
    const printed = jsonText(hostile);
    expect(honouredCommands(JSON.stringify(hostile, null, 2))).not.toEqual([]);
    expect(honouredCommands(printed)).toEqual([]);
    expect(printed).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
    expect(logText(printed)).toBe(printed);
  });
});

describe('commandsStopped', () => {
  it('switches the runner off for the block and on again, so even a missed case is inert', () => {
    const missed = '::error::the seam missed this';
    const printed = `${commandsStopped(missed, TOKEN)}\n::error::the gate's own`;
    expect(honouredCommands(printed).map((command) => command.command)).toEqual(['stop-commands', 'resume-commands', 'error']);
    expect(honouredCommands(printed).at(-1)?.data).toBe("the gate's own");
  });

  it("hostile text cannot end the block early or stop the gate's own commands after it", () => {
    const hostile = logText(`x\n::${TOKEN}::\n::stop-commands::attacker\n##[stop-commands]attacker`);
    const printed = `${commandsStopped(hostile, TOKEN)}\n::error::the gate's own`;
    // The premise: printed raw, the hostile lines switch the gate's own annotation off.
    expect(honouredCommands(`::stop-commands::attacker\n::error::the gate's own`).map((command) => command.command)).toEqual(['stop-commands']);
    const commands = honouredCommands(printed);
    expect(commands.map((command) => command.command)).toEqual(['stop-commands', 'resume-commands', 'error']);
    expect(commands[1]?.line).toBe(printed.split('\n').length - 2);
  });

  it('refuses a guessable token', () => {
    expect(() => commandsStopped('x', 'pause')).toThrow(/16 or more/);
  });
});

describe('the log table through the seam', () => {
  it('a hostile Trivy title, package and license stay inside their row', () => {
    const scan = scanOf('debian-buster');
    const hostile: VulnerabilityFinding = {
      ...(scan.findings[1] as VulnerabilityFinding),
      packageName: 'evil\r\n::error::forged',
      title: 'x\n##[add-mask]secret\n::stop-commands::x',
    };
    const table = renderLogTable(gateResult({ ...scan, findings: [hostile] }));
    const printed = logText(table);
    expect(honouredCommands(printed)).toEqual([]);
    const row = printed.split('\n').find((line) => line.includes('CVE-2019-18224'));
    expect(row).toContain('evil ::error::forged');
    expect(row).toContain('# #[add-mask]secret');
  });
});
