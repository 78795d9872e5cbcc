import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n';
import type { UploadFailure, UploadKind } from './tus';

/** The message of a refused or failed upload: the server's Dutch sentence, or its translation. */
export function useFailureMessage() {
  const { t } = useTranslation();
  return (failure: UploadFailure, kind: UploadKind): string => {
    const dutch = currentLanguage() === 'nl';
    if (dutch && failure.message) return failure.message;
    switch (failure.code) {
      case 'wrong_kind':
        return t(`praktijk.refusals.wrong_kind.${kind}`);
      case 'unsupported_type':
      case 'file_too_large':
      case 'not_docx':
      case 'zip_bomb':
      case 'conflict':
      case 'forbidden':
        return failure.message && dutch ? failure.message : t(`praktijk.refusals.${failure.code}`);
    }
    if (failure.status === 401) return t('praktijk.refusals.unauthenticated');
    if (failure.status === 413) return t('praktijk.refusals.file_too_large');
    return failure.message || t('praktijk.upload.unknownFailure');
  };
}

