import type { DetailedError, PreviousUpload } from 'tus-js-client';
import { describe, expect, it } from 'vitest';
import { chunkSize, DEFAULT_CHUNK_SIZE, fileIdFromUrl, fingerprintOf, isRefusal, shouldRetry, unfinishedOf, uploadFailure } from './tus';

function failure(status: number | null, body = ''): DetailedError {
  const response =
    status === null
      ? null
      : { getStatus: () => status, getBody: () => body, getHeader: () => undefined, getUnderlyingObject: () => null };
  return Object.assign(new Error('tus: failed'), { originalRequest: {}, originalResponse: response, causingError: null }) as unknown as DetailedError;
}

describe('fileIdFromUrl', () => {
  it('reads the file id from the upload URL', () => {
    expect(fileIdFromUrl('http://127.0.0.1:8080/uploads/0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(fileIdFromUrl('/uploads/0f8fad5b-d9cb-469f-a165-70867728950e+abc.def')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('refuses anything else', () => {
    expect(fileIdFromUrl('/uploads/')).toBeNull();
    expect(fileIdFromUrl('/uploads/not-an-id')).toBeNull();
    expect(fileIdFromUrl(null)).toBeNull();
  });
});

describe('uploadFailure', () => {
  it('reads the server’s code and Dutch sentence', () => {
    expect(uploadFailure(failure(415, 'ERR_WRONG_KIND: Dit bestand is geen video.\n'))).toEqual({
      status: 415,
      code: 'wrong_kind',
      message: 'Dit bestand is geen video.',
      retryable: false,
    });
  });

  it('reads a plain-text refusal of the server itself', () => {
    expect(uploadFailure(failure(401, 'Log eerst in.\n'))).toMatchObject({ status: 401, code: '', message: 'Log eerst in.' });
  });

  it('sees a dropped connection as worth trying again', () => {
    expect(uploadFailure(failure(null))).toEqual({ status: 0, code: '', message: '', retryable: true });
    expect(uploadFailure(new Error('other'))).toMatchObject({ status: 0, retryable: true });
  });
});

describe('shouldRetry', () => {
  it('retries the network and the server’s own trouble, also while offline', () => {
    expect(shouldRetry(failure(null))).toBe(true);
    expect(shouldRetry(failure(0))).toBe(true);
    expect(shouldRetry(failure(502))).toBe(true);
    expect(shouldRetry(failure(423))).toBe(true);
  });

  it('does not retry a refusal', () => {
    expect(shouldRetry(failure(415, 'ERR_WRONG_KIND: x'))).toBe(false);
    expect(shouldRetry(failure(413))).toBe(false);
    expect(shouldRetry(failure(403))).toBe(false);
  });
});

describe('isRefusal', () => {
  it('is a refusal of the file, not of the person or the network', () => {
    expect(isRefusal({ status: 415 })).toBe(true);
    expect(isRefusal({ status: 413 })).toBe(true);
    expect(isRefusal({ status: 422 })).toBe(true);
    expect(isRefusal({ status: 401 })).toBe(false);
    expect(isRefusal({ status: 0 })).toBe(false);
  });
});

describe('chunkSize', () => {
  it('uses the default unless a sensible size is stored', () => {
    expect(chunkSize({ getItem: () => null })).toBe(DEFAULT_CHUNK_SIZE);
    expect(chunkSize({ getItem: () => '8192' })).toBe(8192);
    expect(chunkSize({ getItem: () => '12' })).toBe(DEFAULT_CHUNK_SIZE);
    expect(chunkSize({ getItem: () => 'abc' })).toBe(DEFAULT_CHUNK_SIZE);
  });
});

describe('fingerprintOf and unfinishedOf', () => {
  const file = { name: 'gesprek.mp4', type: 'video/mp4', size: 1234, lastModified: 99 };

  it('tells the same file for another assignment or part apart', () => {
    expect(fingerprintOf(file, 'a1', 'video')).not.toBe(fingerprintOf(file, 'a2', 'video'));
    expect(fingerprintOf(file, 'a1', 'video')).not.toBe(fingerprintOf(file, 'a1', 'document'));
  });

  it('lists the unfinished uploads of one part, newest first', () => {
    const prev = (assignmentId: string, kind: string, creationTime: string): PreviousUpload => ({
      size: 10,
      metadata: { assignmentId, kind, filename: 'x' },
      creationTime,
      urlStorageKey: creationTime,
      uploadUrl: '/uploads/x',
      parallelUploadUrls: null,
    });
    const older = new Date(2026, 0, 1, 9, 0).toString();
    const newer = new Date(2026, 0, 4, 9, 0).toString();
    const list = [prev('a1', 'video', older), prev('a1', 'document', newer), prev('a2', 'video', newer), prev('a1', 'video', newer)];
    expect(unfinishedOf(list, 'a1', 'video').map((p) => p.creationTime)).toEqual([newer, older]);
  });
});
