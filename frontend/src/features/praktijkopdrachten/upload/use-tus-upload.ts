import { useCallback, useEffect, useRef, useState } from 'react';
import { Upload, defaultOptions } from 'tus-js-client';
import type { DetailedError } from 'tus-js-client';
import { addSample, etaSeconds, speedOf } from './upload-stats';
import type { Sample } from './upload-stats';
import { fileIdFromUrl, isRefusal, shouldRetry, uploadFailure, uploadOptions } from './tus';
import type { UploadFailure, UploadKind } from './tus';

export type UploadPhase =
  /** Nothing going on. */
  | 'idle'
  /** Asking the server where to start (a new upload, or resuming one). */
  | 'starting'
  | 'uploading'
  | 'paused'
  /** A request failed; tus-js-client tries again after a pause. */
  | 'retrying'
  /** The retries ran out while the connection was gone; it resumes when the browser is online again. */
  | 'offline'
  /** The last byte is in; the server checked the content and the draft is being saved. */
  | 'saving'
  | 'done'
  | 'failed';

export interface UploadState {
  phase: UploadPhase;
  fileName: string;
  bytesSent: number;
  bytesTotal: number;
  /** Bytes per second over the last seconds; null while unknown. */
  speed: number | null;
  /** Seconds left at that speed; null while unknown. */
  eta: number | null;
  /** Whether this continues an upload begun earlier (before a reload, say). */
  resumed: boolean;
  /** Retries of the current request. */
  attempt: number;
  failure: UploadFailure | null;
  /** A message of the step after the upload (saving the draft). */
  saveError: string | null;
}

const IDLE: UploadState = {
  phase: 'idle',
  fileName: '',
  bytesSent: 0,
  bytesTotal: 0,
  speed: null,
  eta: null,
  resumed: false,
  attempt: 0,
  failure: null,
  saveError: null,
};

interface Options {
  assignmentId: string;
  kind: UploadKind;
  /**
   * Called with the file id once the server accepted the file; returns an
   * error message when attaching it to the draft failed.
   */
  onUploaded: (fileId: string) => Promise<string | null>;
}

/**
 * One resumable upload with tus-js-client: progress with speed and time left,
 * pause and resume, retries with backoff on network errors, and resuming
 * after a reload (the fingerprint of an unfinished upload stays in
 * localStorage until it succeeds).
 */
export function useTusUpload({ assignmentId, kind, onUploaded }: Options) {
  const [state, setState] = useState<UploadState>(IDLE);
  const uploadRef = useRef<Upload | null>(null);
  const samplesRef = useRef<Sample[]>([]);
  const phaseRef = useRef<UploadPhase>('idle');
  const onUploadedRef = useRef(onUploaded);

  useEffect(() => {
    onUploadedRef.current = onUploaded;
  }, [onUploaded]);

  const update = useCallback((patch: Partial<UploadState> | ((s: UploadState) => Partial<UploadState>)) => {
    setState((current) => {
      const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
      phaseRef.current = next.phase;
      return next;
    });
  }, []);

  const resume = useCallback(() => {
    const upload = uploadRef.current;
    if (!upload) return;
    samplesRef.current = [];
    update({ phase: 'starting', speed: null, eta: null, attempt: 0, failure: null });
    upload.start();
  }, [update]);

  const start = useCallback(
    async (file: File) => {
      if (uploadRef.current) void uploadRef.current.abort();
      samplesRef.current = [];
      update({ ...IDLE, phase: 'starting', fileName: file.name, bytesTotal: file.size });

      const options = uploadOptions(file, assignmentId, kind);
      let upload: Upload | null = null;
      upload = new Upload(file, {
        ...options,
        onProgress: (sent, total) => {
          if (uploadRef.current !== upload) return;
          samplesRef.current = addSample(samplesRef.current, { time: performance.now(), bytes: sent });
          const speed = speedOf(samplesRef.current);
          update((s) => ({
            phase: s.phase === 'paused' ? 'paused' : 'uploading',
            bytesSent: sent,
            bytesTotal: total,
            speed,
            eta: etaSeconds(sent, total, speed),
            attempt: 0,
          }));
        },
        onShouldRetry: (error: DetailedError, retryAttempt: number) => {
          const retry = shouldRetry(error);
          if (retry && uploadRef.current === upload && phaseRef.current !== 'paused') {
            samplesRef.current = [];
            update({ phase: 'retrying', attempt: retryAttempt + 1, speed: null, eta: null });
          }
          return retry;
        },
        onError: (error) => {
          if (uploadRef.current !== upload) return;
          const failure = uploadFailure(error);
          if (failure.retryable) {
            // The retries ran out: wait for the network (or the person) to come back.
            update({ phase: 'offline', failure, speed: null, eta: null });
            return;
          }
          update({ phase: 'failed', failure, speed: null, eta: null });
          // A refused file will not become acceptable: forget it, so it is not offered for resuming.
          // (After a lost session it stays resumable: log in again and pick the file once more.)
          if (isRefusal(failure)) void forgetUpload(upload);
        },
        onSuccess: ({ lastResponse }) => {
          if (uploadRef.current !== upload) return;
          const fileId = lastResponse.getHeader('Leergang-File-Id') ?? fileIdFromUrl(upload?.url);
          update((s) => ({ phase: 'saving', bytesSent: s.bytesTotal, speed: null, eta: 0 }));
          if (!fileId) {
            update({ phase: 'failed', failure: { status: 0, code: '', message: '', retryable: false } });
            return;
          }
          void onUploadedRef.current(fileId).then((saveError) => {
            if (uploadRef.current !== upload) return;
            update(saveError ? { phase: 'failed', saveError } : { phase: 'done' });
          });
        },
      });
      uploadRef.current = upload;

      const previous = await upload.findPreviousUploads().catch(() => []);
      if (uploadRef.current !== upload) return;
      const match = previous.find((p) => p.uploadUrl) ?? null;
      if (match) {
        upload.resumeFromPreviousUpload(match);
        update({ resumed: true });
      }
      upload.start();
    },
    [assignmentId, kind, update],
  );

  const pause = useCallback(() => {
    const upload = uploadRef.current;
    if (!upload) return;
    update({ phase: 'paused', speed: null, eta: null });
    void upload.abort();
  }, [update]);

  const cancel = useCallback(async () => {
    const upload = uploadRef.current;
    uploadRef.current = null;
    update(IDLE);
    if (!upload) return;
    await upload.abort(Boolean(upload.url)).catch(() => undefined);
    await forgetUpload(upload);
  }, [update]);

  const reset = useCallback(() => {
    uploadRef.current = null;
    update(IDLE);
  }, [update]);

  // Back online: an upload that ran out of retries goes on by itself.
  useEffect(() => {
    const onOnline = () => {
      if (phaseRef.current === 'offline') resume();
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [resume]);

  // Closing or reloading the page while bytes are moving asks first (the upload stays resumable anyway).
  const moving = state.phase === 'uploading' || state.phase === 'starting' || state.phase === 'retrying' || state.phase === 'saving';
  useEffect(() => {
    if (!moving) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [moving]);

  // Leaving the page stops the transfer; the upload stays resumable.
  useEffect(
    () => () => {
      const upload = uploadRef.current;
      uploadRef.current = null;
      if (upload) void upload.abort();
    },
    [],
  );

  return { state, start, pause, resume, cancel, reset };
}

/** Removes the stored fingerprints of an upload, so it is no longer offered for resuming. */
async function forgetUpload(upload: Upload | null): Promise<void> {
  if (!upload) return;
  try {
    const previous = await upload.findPreviousUploads();
    await Promise.all(previous.map((p) => defaultOptions.urlStorage.removeUpload(p.urlStorageKey)));
  } catch {
    // Storage unavailable: nothing remembered either.
  }
}
