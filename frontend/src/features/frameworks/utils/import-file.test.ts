import { describe, expect, it } from 'vitest';
import { bytesToBase64, exportUrl, formatOfFile } from './import-file';
import { importRowErrors } from './row-errors';

describe('framework import helpers', () => {
  it('recognises csv and xlsx by name only', () => {
    expect(formatOfFile('Kader.XLSX')).toBe('XLSX');
    expect(formatOfFile('kader.csv')).toBe('CSV');
    expect(formatOfFile('kader.xls')).toBeNull();
  });

  it('encodes bytes as base64, also past one chunk', () => {
    expect(bytesToBase64(new TextEncoder().encode('coach;aspect'))).toBe(btoa('coach;aspect'));
    const big = new Uint8Array(0x8000 * 2 + 5).fill(65);
    expect(atob(bytesToBase64(big))).toHaveLength(big.length);
  });

  it('builds the export download path', () => {
    expect(exportUrl('f0/1', 'XLSX')).toBe('/downloads/frameworks/f0%2F1.xlsx');
  });

  it('keeps only the row errors of the file, in order', () => {
    const errors = importRowErrors(
      {
        graphQLErrors: [
          { message: 'CSV, rij 3: De kolom competentie is leeg.', extensions: { code: 'BAD_USER_INPUT', field: 'file', row: 3, sheet: 'CSV', reason: 'competency_required' } },
          { message: 'Er bestaat al een competentiekader met deze naam.', extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'taken' } },
          { message: 'Het bestand is leeg.', extensions: { code: 'BAD_USER_INPUT', field: 'file', row: 0, sheet: 'CSV', reason: 'empty' } },
        ],
      },
      { language: 'nl', translateReason: () => undefined },
    );
    expect(errors.map((e) => [e.row, e.reason])).toEqual([
      [3, 'competency_required'],
      [0, 'empty'],
    ]);
  });
});
