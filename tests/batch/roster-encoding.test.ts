import { describe, expect, it } from 'vitest';
import { decodeRoster, isKnownEncoding } from '../../grader/batch/roster-encoding.ts';

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('decoding a roster', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    expect(decodeRoster(new TextEncoder().encode('id,name\ns1,سارا\n'))).toEqual({ ok: true, text: 'id,name\ns1,سارا\n' });
    expect(decodeRoster(Uint8Array.of(0xef, 0xbb, 0xbf, 0x69, 0x64))).toEqual({ ok: true, text: 'id' });
  });
  it('reads UTF-16 by its byte-order mark, in either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\ts1', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeRoster(le)).toMatchObject({ ok: true, text: 'id\ts1' });
    expect(decodeRoster(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ ok: true, text: 'id\ts1' });
  });
  it('refuses bytes that are not UTF-8 at the first line that is not', () => {
    const decoded = decodeRoster(latin1('id,name\ns1,Ana\ns2,Jos\xe9\ns3,M\xfcller\n'));
    expect(decoded).toMatchObject({ ok: false, code: 'roster-encoding', line: 3 });
    if (!decoded.ok) expect(decoded.message).toContain('--roster-encoding windows-1252 (the line then reads "s2,José")');
  });
  it('decodes the code page it is told', () => {
    expect(decodeRoster(latin1('id\ns2,Jos\xe9\n'), 'windows-1252')).toEqual({ ok: true, text: 'id\ns2,José\n' });
    expect(decodeRoster(Uint8Array.of(0x81, 0xd1, 0xd3, 0xca, 0xe6), 'windows-1256')).toEqual({ ok: true, text: 'پرستو' });
  });
  it.each([['windows-1256', true], ['cp1252', true], ['latin1', true], ['utf-8', true], ['klingon', false]])('knows %s: %s', (label, known) => {
    expect(isKnownEncoding(label)).toBe(known);
  });
});
