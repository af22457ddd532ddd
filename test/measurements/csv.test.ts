// Measurement files as offices really save them: mixed encodings, stray NUL bytes, UTF-16, unclosed quotes,
// and files with thousands of bad lines. Parsed in process; the CLI's report is tested beside the CLI.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { parseMeasurementsCsv } from '../../src/measurements/csv.js';
import { createNames } from '../../src/measurements/names.js';

const knowledge = loadKnowledge();
const ctx = { knowledge, names: createNames(knowledge), currentYear: 2026 };
const parse = (bytes: Uint8Array) => parseMeasurementsCsv(bytes, ctx);
const codes = (parsed: ReturnType<typeof parse>) => parsed.problems.map((p) => [p.line, p.problem.code]);

describe('reading measurement files', () => {
  it('refuses a file that mixes UTF-8 and Windows-1252 lines, naming the first line that is not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('Ondiep;burglary;2009;30;Wijkenmonitor 2009 – coëfficiënt\n', 'utf8'),
      Buffer.from('Ondiep;burglary;2010;28;Wijkenmonitor 2010\n', 'utf8'),
      Buffer.from('Ondiep;burglary;2011;26;Wijkenmonitor 2011 co'),
      Buffer.from([0xeb]),
      Buffer.from('fficiënt\n', 'utf8'),
    ]);
    const parsed = parse(bytes);
    expect(codes(parsed)).toEqual([[3, 'encoding_mixed']]);
    expect(parsed.rows).toEqual([]);
  });

  it('still reads a file that is Windows-1252 throughout', () => {
    const bytes = Buffer.concat([
      Buffer.from('Ondiep;burglary;2009;30;Wijkenmonitor 2009 co'),
      Buffer.from([0xeb]),
      Buffer.from('ffici\n'),
    ]);
    const parsed = parse(bytes);
    expect(parsed.problems).toEqual([]);
    expect(parsed.encoding).toBe('windows-1252');
    expect(parsed.rows[0]?.row.source).toBe('Wijkenmonitor 2009 coëffici');
  });

  it('takes a NUL byte for an error at its line, not for a space', () => {
    const parsed = parse(
      Buffer.from('Ondiep,burglary,2009,30,Wijkenmonitor 2009\nOndiep,burglary,2010,28,Wijken\0monitor\n'),
    );
    expect(codes(parsed)).toEqual([[2, 'nul_byte']]);
    expect(parsed.rows).toEqual([]);
  });

  it.each([
    ['little-endian', 'utf16le', [0xff, 0xfe]],
    ['big-endian', 'utf16be', [0xfe, 0xff]],
  ] as const)('reads UTF-16 %s with its byte-order mark', (_name, encoding, bom) => {
    const text =
      'wijk;indicator;jaar;waarde;bron\r\nZuilen-Oost;inbraak;2009;22,5;Wijkenmonitor 2009 – ë\r\n';
    const le = Buffer.from(text, 'utf16le');
    const body = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const parsed = parse(Buffer.concat([Buffer.from(bom), body]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.encoding).toBe(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be');
    expect(parsed.rows.map((r) => [r.row.wijk, r.row.value, r.row.source])).toEqual([
      ['Zuilen-Oost', 22.5, 'Wijkenmonitor 2009 – ë'],
    ]);
  });

  it('refuses UTF-16 without its byte-order mark clearly, at the first line', () => {
    const parsed = parse(Buffer.from('Ondiep;burglary;2009;30;Wijkenmonitor 2009\r\n', 'utf16le'));
    expect(codes(parsed)).toEqual([[1, 'nul_byte']]);
  });

  it('reports an unclosed quote at the line where it opens', () => {
    const parsed = parse(
      Buffer.from(
        [
          'Ondiep,burglary,2009,30,Wijkenmonitor 2009',
          '# a comment',
          'Ondiep,burglary,2010,28,Wijkenmonitor 2010',
          '',
          'Ondiep,burglary,2011,26,"Wijkenmonitor 2011',
          'Ondiep,burglary,2012,24,Wijkenmonitor 2012',
          'Ondiep,burglary,2013,22,Wijkenmonitor 2013',
        ].join('\n'),
      ),
    );
    expect(codes(parsed)).toEqual([[5, 'quote_unclosed']]);
  });

  it('keeps the first 100 problems and counts the rest', () => {
    const lines = Array.from({ length: 250 }, (_, i) => `Hoograven,burglary,2010,${i},Wijkenmonitor 2010`);
    const parsed = parse(Buffer.from(lines.join('\n')));
    expect(parsed.problems).toHaveLength(100);
    expect(parsed.problems.at(-1)?.line).toBe(100);
    expect(parsed.omitted).toBe(150);
  });
});
