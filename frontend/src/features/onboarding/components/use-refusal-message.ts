import { useTranslation } from 'react-i18next';
import { DEFAULT_LIMITS } from '@/features/praktijkopdrachten/upload/limits';
import type { UploadFailure } from '@/features/praktijkopdrachten/upload/tus';
import { formatBytes } from '@/features/praktijkopdrachten/upload/upload-stats';

const REFUSALS = ['unsupported_type', 'wrong_kind', 'not_docx', 'zip_bomb', 'file_too_large', 'forbidden'] as const;

/** The Dutch (or English) message of a refused or failed upload, by the server's stable code. */
export function useRefusalMessage() {
  const { t, i18n } = useTranslation();
  const max = formatBytes(DEFAULT_LIMITS.document, i18n.language);
  return (failure: Pick<UploadFailure, 'status' | 'code' | 'message'>): string => {
    const code = REFUSALS.find((c) => c === failure.code);
    if (code === 'file_too_large' || failure.status === 413) {
      // The server names the configured limit; its sentence is Dutch.
      return i18n.language === 'nl' && failure.message ? failure.message : t('onboarding.documents.refusals.file_too_large', { max });
    }
    if (code) return t(`onboarding.documents.refusals.${code}`);
    if (failure.status === 403) return t('onboarding.documents.refusals.forbidden');
    if (failure.status === 401) return t('onboarding.documents.refusals.unauthenticated');
    return t('onboarding.documents.refusals.failed');
  };
}
