import { describe, expect, it } from 'vitest';
import { personAuditPath, personExportUrl } from './export-url';

describe('AVG links', () => {
  it('encodes the id and the name', () => {
    expect(personExportUrl('a/b')).toBe('/downloads/audit/people/a%2Fb/export.zip');
    expect(personAuditPath({ id: 'p1', name: 'Anne & Co' })).toBe('/audit?persoon=p1&naam=Anne+%26+Co');
  });
});
