import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './use-file-download';

describe('fileNameFrom', () => {
  it('reads a quoted or bare file name', () => {
    expect(fileNameFrom('attachment; filename="avg-export-1.zip"')).toBe('avg-export-1.zip');
    expect(fileNameFrom('attachment; filename=export.zip')).toBe('export.zip');
  });

  it('is null without one', () => {
    expect(fileNameFrom(null)).toBeNull();
    expect(fileNameFrom('attachment')).toBeNull();
  });
});
