import type { UploadKind } from './tus';

/**
 * The largest files the server accepts by default (LEERGANG_MAX_VIDEO_SIZE,
 * LEERGANG_MAX_FILE_SIZE in server/config.go). The schema does not publish
 * the configured values yet; the server refuses a larger file before its
 * bytes are sent, with its own message naming the real limit.
 */
export const DEFAULT_LIMITS: Record<UploadKind, number> = {
  video: 4 * 1024 ** 3,
  document: 50 * 1024 ** 2,
  image: 50 * 1024 ** 2,
};
