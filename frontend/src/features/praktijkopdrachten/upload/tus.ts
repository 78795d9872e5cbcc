import type { DetailedError, HttpRequest, PreviousUpload, UploadOptions } from 'tus-js-client';

// The tus protocol as the server speaks it (server/uploads.go): POST /uploads/
// with Upload-Length and the metadata kind, filename and assignmentId; the
// upload's URL is /uploads/{fileId}; the last PATCH answers with the header
// Leergang-File-Id once the content was checked, or with an error
// "ERR_WRONG_KIND: Dit bestand is geen video." when it was refused.

export const UPLOAD_ENDPOINT = '/uploads/';

/** A failed request is tried again after these pauses (ms), then the upload waits for the person or the network. */
export const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000, 30_000, 60_000];

/** Bytes per PATCH: a dropped connection costs at most this much again. */
export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;

/**
 * localStorage key that sets a smaller chunk size (bytes), for slow or
 * unreliable connections and for the browser tests, which need several
 * PATCH requests for a small file.
 */
export const CHUNK_SIZE_KEY = 'leergang.uploadChunkSize';

export type UploadKind = 'video' | 'document' | 'image';

export function chunkSize(storage: Pick<Storage, 'getItem'> | null = safeStorage()): number {
  const value = Number(storage?.getItem(CHUNK_SIZE_KEY));
  return Number.isInteger(value) && value >= 1024 && value <= DEFAULT_CHUNK_SIZE ? value : DEFAULT_CHUNK_SIZE;
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The file accept list per kind, for the file picker (the server checks the content itself). */
export const ACCEPT: Record<UploadKind, string> = {
  video: 'video/mp4,video/quicktime,video/webm,.mp4,.mov,.webm,.m4v',
  document: 'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.pdf,.docx',
  image: 'image/jpeg,image/png,.jpg,.jpeg,.png',
};

/**
 * Identifies a file for resuming: the same file for the same assignment and
 * part is found again after a reload when the person picks it once more.
 */
export function fingerprintOf(file: Pick<File, 'name' | 'type' | 'size' | 'lastModified'>, assignmentId: string, kind: UploadKind): string {
  return ['leergang', assignmentId, kind, file.name, file.type, file.size, file.lastModified].join('|');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file id in an upload URL (/uploads/{id}, on S3 "{id}+{multipart}"). */
export function fileIdFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  const id = last.split('+')[0] ?? '';
  return UUID.test(id) ? id.toLowerCase() : null;
}

export interface UploadFailure {
  /** HTTP status; 0 when the request never got an answer. */
  status: number;
  /** The server's stable code without ERR_, lower case ("wrong_kind", "file_too_large"); empty if none. */
  code: string;
  /** The server's Dutch sentence, if it sent one. */
  message: string;
  /** Whether trying again can help (the network, the server being busy). */
  retryable: boolean;
}

function isDetailed(error: unknown): error is DetailedError {
  return typeof error === 'object' && error !== null && 'originalRequest' in error;
}

/** Reads the server's answer out of a tus error. */
export function uploadFailure(error: unknown): UploadFailure {
  const response = isDetailed(error) ? error.originalResponse : null;
  const status = response?.getStatus() ?? 0;
  const body = (response?.getBody() ?? '').trim();
  const match = /^ERR_([A-Z0-9_]+):\s*([\s\S]*)$/.exec(body);
  const code = match ? (match[1] ?? '').toLowerCase() : '';
  const message = (match ? (match[2] ?? '') : body).trim();
  return { status, code, message, retryable: isRetryableStatus(status) };
}

/** The server looked at the file and refused it (type, size, content): trying again cannot help. */
export function isRefusal(failure: Pick<UploadFailure, 'status'>): boolean {
  return failure.status === 413 || failure.status === 415 || failure.status === 422;
}

/** No answer, the server's own trouble, a lock held by the previous attempt, or too many requests. */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status >= 500 || status === 409 || status === 423 || status === 429;
}

/**
 * tus-js-client's own rule gives up at once while the browser says it is
 * offline; this one keeps trying through the retry delays, so an upload
 * survives a connection that drops for a while.
 */
export function shouldRetry(error: DetailedError): boolean {
  return isRetryableStatus(error.originalResponse?.getStatus() ?? 0);
}

/** Sends the session cookie with every tus request (same origin). */
export function withCredentials(request: HttpRequest): void {
  const xhr = request.getUnderlyingObject() as XMLHttpRequest | undefined;
  if (xhr && 'withCredentials' in xhr) xhr.withCredentials = true;
}

/** Options for an upload of `file` as `kind` for the assignment. */
export function uploadOptions(file: File, assignmentId: string, kind: UploadKind): UploadOptions {
  return {
    endpoint: UPLOAD_ENDPOINT,
    chunkSize: chunkSize(),
    retryDelays: RETRY_DELAYS,
    onShouldRetry: shouldRetry,
    onBeforeRequest: withCredentials,
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    fingerprint: () => Promise.resolve(fingerprintOf(file, assignmentId, kind)),
    metadata: { kind, filename: file.name, assignmentId },
  };
}

/** tus-js-client stores the creation time as Date#toString(); unreadable ones sort last. */
function timeOf(value: string): number {
  const time = Date.parse(value);
  return Number.isNaN(time) ? 0 : time;
}

/** The unfinished uploads of an assignment's part that this browser remembers. */
export function unfinishedOf(previous: readonly PreviousUpload[], assignmentId: string, kind: UploadKind): PreviousUpload[] {
  return previous
    .filter((p) => p.metadata.assignmentId === assignmentId && p.metadata.kind === kind && p.uploadUrl)
    .sort((a, b) => timeOf(b.creationTime) - timeOf(a.creationTime));
}

/**
 * How far an unfinished upload got, asked of the server (HEAD): the offset,
 * "gone" when the server no longer has it (finished, cancelled, cleaned up),
 * or "unknown" when the server could not be reached.
 */
export async function uploadOffset(uploadUrl: string): Promise<number | 'gone' | 'unknown'> {
  try {
    const response = await fetch(uploadUrl, {
      method: 'HEAD',
      credentials: 'same-origin',
      headers: { 'Tus-Resumable': '1.0.0' },
      cache: 'no-store',
    });
    if (response.status === 404 || response.status === 410 || response.status === 403) return 'gone';
    if (!response.ok) return 'unknown';
    const offset = Number(response.headers.get('Upload-Offset'));
    return Number.isFinite(offset) ? offset : 'unknown';
  } catch {
    return 'unknown';
  }
}
