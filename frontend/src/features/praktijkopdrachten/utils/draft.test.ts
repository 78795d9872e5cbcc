import { describe, expect, it } from 'vitest';
import { missingParts } from './draft';

const none = { videoFileId: null, documentFileId: null, attachmentFileIds: [] };

describe('missingParts', () => {
  it('lists the asked parts that are missing, and the reflection', () => {
    expect(missingParts(['VIDEO', 'DOCUMENT'], none, '', '')).toEqual(['VIDEO', 'DOCUMENT', 'REFLECTION']);
    expect(missingParts(['TEXT'], none, '  ', 'klaar')).toEqual(['TEXT']);
  });

  it('is empty when everything is there', () => {
    expect(missingParts(['VIDEO', 'DOCUMENT', 'TEXT'], { videoFileId: 'v', documentFileId: 'd', attachmentFileIds: [] }, 'tekst', 'reflectie')).toEqual([]);
  });
});
