import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from '../utils/import-file';

/** Downloads of the framework in the layout the import reads. */
export function ExportButtons({ frameworkId }: { frameworkId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('frameworks.export.title')}>
      {(['XLSX', 'CSV'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={exportUrl(frameworkId, format)}
          download
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
        >
          {format === 'XLSX' ? t('frameworks.export.xlsx') : t('frameworks.export.csv')}
        </Button>
      ))}
    </Group>
  );
}
