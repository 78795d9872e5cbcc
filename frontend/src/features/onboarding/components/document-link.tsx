import { Anchor, Group, Text } from '@mantine/core';
import { IconExternalLink, IconFileText, IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/features/praktijkopdrachten/upload/upload-stats';
import type { DocumentFieldsFragment } from '@/gql/graphql';

type Doc = Pick<DocumentFieldsFragment, 'title' | 'url' | 'file'>;

/** The short name of a detected content type, as people know it. */
function typeLabel(contentType: string): string {
  if (contentType === 'application/pdf') return 'PDF';
  if (contentType.includes('wordprocessingml')) return 'Word';
  return contentType;
}

/**
 * A document's title as a link: an uploaded file downloads (with a file icon,
 * its type and size), a link opens in a new tab.
 */
export function DocumentLink({ doc }: { doc: Doc }) {
  const { t, i18n } = useTranslation();
  const file = doc.file;
  if (!file) {
    return (
      <Anchor href={doc.url} target="_blank" rel="noopener noreferrer" fw={500}>
        <IconExternalLink size={16} aria-hidden /> {doc.title}
      </Anchor>
    );
  }
  const Icon = file.contentType === 'application/pdf' ? IconFileTypePdf : file.contentType.includes('wordprocessingml') ? IconFileTypeDocx : IconFileText;
  const info = t('onboarding.documents.fileInfo', { type: typeLabel(file.contentType), size: formatBytes(file.size, i18n.language) });
  return (
    <Group gap={6} wrap="nowrap" align="baseline" component="span" style={{ display: 'inline-flex' }}>
      <Anchor href={doc.url} download={file.name} fw={500} data-testid="document-file-link">
        <Icon size={16} aria-hidden /> {doc.title}
      </Anchor>
      <Text span size="sm" c="dimmed">
        ({info})
      </Text>
    </Group>
  );
}
