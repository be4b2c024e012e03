import { describe, expect, it } from 'vitest';
import {
  escapeCell,
  escapeMarkdown,
  markdownLink,
  markdownTable,
  safeHttpUrl,
  singleLine,
  truncate,
} from '../../../../src/report/summary/markdown.js';

describe('escapeMarkdown', () => {
  it('turns HTML into text and neutralises inline Markdown', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('a|b *c* _d_ `e` [f](g) ~h~ @i \\j')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\~h\\~ \\@i \\\\j');
    expect(escapeMarkdown('&lt; stays visible as typed')).toBe('&amp;lt; stays visible as typed');
  });

  it('escapes block syntax only where it counts, at the start', () => {
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    // Versions start with digits and dots and must stay readable.
    expect(escapeMarkdown('2.0.5-1+deb10u1')).toBe('2.0.5-1+deb10u1');
    expect(escapeMarkdown('libidn2-0')).toBe('libidn2-0');
  });

  it('keeps everything on one line', () => {
    expect(escapeMarkdown('line one\nline two\r\n\u2028three\u001b[31m')).toBe('line one line two three \\[31m');
  });
});

describe('cells', () => {
  it('truncates before escaping, by code points, and marks the cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    // Four emoji are eight UTF-16 units; the cut must not split one.
    expect(truncate('😀😀😀😀😀', 4)).toBe('😀😀😀…');
    expect(escapeCell('||||||', 3)).toBe('\\|\\|…');
  });

  it('shows an empty or missing value as a dash', () => {
    expect(escapeCell(undefined)).toBe('–');
    expect(escapeCell('  \n ')).toBe('–');
  });

  it('singleLine collapses control runs', () => {
    expect(singleLine('\u0007a\u0000\u0000b\u009b')).toBe('a b');
  });

  it('singleLine takes out the characters that make a name read as another (bidi, zero-width, BOM)', () => {
    // "Trojan Source": the override shows "exe.txt" reversed; a zero-width space makes two names look the same.
    expect(singleLine('invoice\u202etxt.exe')).toBe('invoice txt.exe');
    expect(escapeCell('ghcr.io/acme/a\u200bpp')).toBe('ghcr.io/acme/a pp');
    expect(escapeMarkdown('\ufeffa\u2066b\u2069\u061cc\u2060d')).toBe('a b c d');
  });
});

describe('links', () => {
  it('links only http(s) URLs and encodes what would end the link target', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl('https://example.com/a b)c|d')).toBe('https://example.com/a%20b%29c%7Cd');
    expect(markdownLink('CVE-1|x', 'https://avd.aquasec.com/nvd/cve-1')).toBe('[CVE-1\\|x](https://avd.aquasec.com/nvd/cve-1)');
    expect(markdownLink('<b>', 'javascript:alert(1)')).toBe('&lt;b&gt;');
  });

  it('builds a table with one separator per header cell', () => {
    expect(markdownTable(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |');
  });
});
