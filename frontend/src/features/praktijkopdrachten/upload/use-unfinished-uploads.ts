import { useCallback, useEffect, useState } from 'react';
import { Upload, defaultOptions } from 'tus-js-client';
import type { PreviousUpload } from 'tus-js-client';
import { RETRY_DELAYS, unfinishedOf, uploadOffset, withCredentials } from './tus';
import type { UploadKind } from './tus';

export interface UnfinishedUpload {
  key: string;
  uploadUrl: string;
  fileName: string;
  size: number | null;
  /** Bytes the server already has; null when it could not be asked. */
  offset: number | null;
  startedAt: string;
}

/**
 * The uploads of this assignment's part that were begun in this browser and
 * not finished (the page was closed or reloaded). Picking the same file again
 * continues where it stopped; "discard" cancels it on the server too.
 */
export function useUnfinishedUploads(assignmentId: string, kind: UploadKind, enabled: boolean) {
  const [items, setItems] = useState<UnfinishedUpload[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const load = async () => {
      const all: PreviousUpload[] | null = await defaultOptions.urlStorage.findAllUploads().catch(() => null);
      if (!all) return;
      const mine = unfinishedOf(all, assignmentId, kind);
      const found: UnfinishedUpload[] = [];
      for (const p of mine) {
        if (!p.uploadUrl) continue;
        const offset = await uploadOffset(p.uploadUrl);
        if (offset === 'gone') {
          // Finished, refused or cleaned up on the server: nothing to resume.
          await defaultOptions.urlStorage.removeUpload(p.urlStorageKey).catch(() => undefined);
          continue;
        }
        found.push({
          key: p.urlStorageKey,
          uploadUrl: p.uploadUrl,
          fileName: p.metadata.filename ?? '',
          size: p.size,
          offset: offset === 'unknown' ? null : offset,
          startedAt: p.creationTime,
        });
      }
      if (!cancelled) setItems(found);
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [assignmentId, kind, enabled, version]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const discard = useCallback(async (item: UnfinishedUpload) => {
    setItems((current) => current.filter((i) => i.key !== item.key));
    await Upload.terminate(item.uploadUrl, { onBeforeRequest: withCredentials, retryDelays: RETRY_DELAYS.slice(0, 3) }).catch(() => undefined);
    await defaultOptions.urlStorage.removeUpload(item.key).catch(() => undefined);
  }, []);

  /** Forgets an upload that is complete on the server (it was attached some other way). */
  const forget = useCallback(async (item: UnfinishedUpload) => {
    setItems((current) => current.filter((i) => i.key !== item.key));
    await defaultOptions.urlStorage.removeUpload(item.key).catch(() => undefined);
  }, []);

  return { items, refresh, discard, forget };
}
