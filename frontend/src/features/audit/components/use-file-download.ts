import { useCallback, useRef, useState } from 'react';

export type DownloadStatus = 'idle' | 'loading' | 'done' | 'error';

export interface DownloadState {
  status: DownloadStatus;
  /** Bytes received so far (the export is streamed, so its size is not known in advance). */
  received: number;
  /** The server's (Dutch) refusal, when it gave one. */
  error?: string;
}

/** The file name of a Content-Disposition header, if it has a plain one. */
export function fileNameFrom(header: string | null): string | null {
  const match = header ? /filename="?([^";]+)"?/i.exec(header) : null;
  return match?.[1] ?? null;
}

function save(blob: Blob, name: string) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the bytes once the click is handled; free them a little later.
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * Downloads a file with the session cookie while counting the bytes, so a
 * long export shows progress, then hands it to the browser as a download.
 */
export function useFileDownload() {
  const [state, setState] = useState<DownloadState>({ status: 'idle', received: 0 });
  const busy = useRef(false);

  const start = useCallback(async (url: string, fallbackName: string) => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: 'loading', received: 0 });
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) {
        const text = (await response.text()).trim();
        setState({ status: 'error', received: 0, error: text || response.statusText });
        return;
      }
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      let shown = 0;
      const reader = response.body?.getReader();
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          received += value.length;
          // Re-render per 256 KB, not per network chunk.
          if (received - shown > 256 * 1024) {
            shown = received;
            setState({ status: 'loading', received });
          }
        }
      } else {
        const buffer = new Uint8Array(await response.arrayBuffer());
        chunks.push(buffer);
        received = buffer.length;
      }
      const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
      save(new Blob(chunks, { type }), fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName);
      setState({ status: 'done', received });
    } catch {
      setState({ status: 'error', received: 0 });
    } finally {
      busy.current = false;
    }
  }, []);

  return { state, start };
}
