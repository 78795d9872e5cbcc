import type { FrameworkFileFormat } from '@/gql/graphql';

/**
 * The server's cap on an imported framework file. The file travels base64 in
 * the GraphQL request, whose body the server caps at 1 MiB.
 */
export const MAX_IMPORT_BYTES = 700 * 1000;

/** The format of a file by its name, or null when it is neither CSV nor XLSX. */
export function formatOfFile(name: string): FrameworkFileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'CSV';
  if (lower.endsWith('.xlsx')) return 'XLSX';
  return null;
}

/** Base64 of bytes, in chunks so large files do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** The export download of a framework; the server answers with an attachment. */
export function exportUrl(id: string, format: FrameworkFileFormat): string {
  return `/downloads/frameworks/${encodeURIComponent(id)}.${format.toLowerCase()}`;
}
