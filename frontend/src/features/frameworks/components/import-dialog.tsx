import { Accordion, Alert, Button, FileInput, Group, List, Modal, Progress, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { FrameworkDetailFieldsFragment } from '@/gql/graphql';
import { currentLanguage, i18n, translateReason } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { ImportFrameworkMutation } from '../api/mutations';
import { MAX_IMPORT_BYTES, fileToBase64, formatOfFile } from '../utils/import-file';
import { importRowErrors } from '../utils/row-errors';
import type { ImportRowError } from '../utils/row-errors';

interface ImportValues {
  mode: 'new' | 'replace';
  name: string;
  file: File | null;
}

interface ImportDialogProps {
  /** The framework whose content may be replaced; without it the import makes a new framework. */
  framework?: Pick<FrameworkDetailFieldsFragment, 'id' | 'name' | 'hasRatings'>;
  onImported: (framework: FrameworkDetailFieldsFragment) => void;
  onClose: () => void;
}

type Phase = 'idle' | 'reading' | 'uploading';

function fileRule(file: File | null): string | null {
  if (!file) return i18n.t('frameworks.importDialog.fileRequired');
  if (!formatOfFile(file.name)) return i18n.t('frameworks.importDialog.wrongType');
  if (file.size > MAX_IMPORT_BYTES) return i18n.t('frameworks.importDialog.tooLarge', { max: MAX_IMPORT_BYTES / 1000 });
  return null;
}

/**
 * Imports a CSV or XLSX file, as a new framework or over the content of the
 * given one. The file goes base64 in the mutation; the server checks every
 * row and imports all or nothing, and the dialog lists each bad row.
 */
export function ImportDialog({ framework, onImported, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const [, importFramework] = useMutation(ImportFrameworkMutation);
  const [phase, setPhase] = useState<Phase>('idle');
  const [rowErrors, setRowErrors] = useState<ImportRowError[]>([]);
  const form = useForm<ImportValues>({
    mode: 'controlled',
    initialValues: { mode: 'new', name: '', file: null },
    validate: {
      name: (value, values) => (values.mode === 'new' && !value.trim() ? i18n.t('frameworks.importDialog.nameRequired') : null),
      file: fileRule,
    },
  });
  const replacing = form.values.mode === 'replace' && framework !== undefined;

  const submit = async (values: ImportValues) => {
    const format = values.file ? formatOfFile(values.file.name) : null;
    if (!values.file || !format) return;
    setRowErrors([]);
    setPhase('reading');
    const contentBase64 = await fileToBase64(values.file);
    setPhase('uploading');
    const result = await importFramework({
      input: {
        frameworkId: replacing ? framework.id : null,
        name: replacing ? null : values.name.trim(),
        format,
        fileName: values.file.name,
        contentBase64,
      },
    });
    setPhase('idle');
    if (result.error) {
      const rows = importRowErrors(result.error, { language: currentLanguage(), translateReason });
      setRowErrors(rows);
      if (rows.length === 0) showMutationError(result.error, form, ['name', 'file']);
      return;
    }
    const imported = result.data?.importFramework.framework;
    if (!imported) return;
    notifySuccess(
      t('frameworks.importDialog.done', {
        competencies: t('frameworks.competencyCount', { count: imported.competencyCount }),
        aspects: t('frameworks.aspectCount', { count: imported.aspectCount }),
      }),
    );
    onImported(imported);
  };

  const busy = phase !== 'idle';
  return (
    <Modal opened onClose={onClose} title={t('frameworks.importDialog.title')} centered size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          {framework ? (
            <Radio.Group label={t('frameworks.importDialog.mode')} {...form.getInputProps('mode')}>
              <Stack gap="xs" mt="xs">
                <Radio value="new" label={t('frameworks.importDialog.asNew')} />
                <Radio
                  value="replace"
                  label={t('frameworks.importDialog.replace')}
                  description={framework.hasRatings ? t('frameworks.importDialog.replaceLocked') : t('frameworks.importDialog.replaceHint')}
                  disabled={framework.hasRatings}
                />
              </Stack>
            </Radio.Group>
          ) : null}
          {!replacing ? <TextInput label={t('frameworks.importDialog.name')} required data-autofocus {...form.getInputProps('name')} /> : null}
          <FileInput
            label={t('frameworks.importDialog.file')}
            placeholder={t('frameworks.importDialog.filePlaceholder')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            required
            clearable
            {...form.getInputProps('file')}
          />
          <Accordion variant="contained">
            <Accordion.Item value="help">
              <Accordion.Control>{t('frameworks.importDialog.helpTitle')}</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Text size="sm">{t('frameworks.importDialog.helpXlsx')}</Text>
                  <Text size="sm">{t('frameworks.importDialog.helpCsv')}</Text>
                  <Text size="sm">{t('frameworks.importDialog.helpRules')}</Text>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>

          <div aria-live="polite">
            {busy ? (
              <Stack gap={4}>
                <Text size="sm">{phase === 'reading' ? t('frameworks.importDialog.reading') : t('frameworks.importDialog.uploading')}</Text>
                <Progress value={phase === 'reading' ? 30 : 100} animated striped aria-label={t('frameworks.importDialog.uploading')} />
              </Stack>
            ) : null}
          </div>

          {rowErrors.length > 0 ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('frameworks.importDialog.errorsTitle')} role="alert">
              <Text size="sm" mb="xs">
                {t('frameworks.importDialog.errorsIntro', { count: rowErrors.length })}
              </Text>
              <List size="sm" spacing={4} aria-label={t('frameworks.importDialog.errorsTitle')} data-testid="import-row-errors">
                {rowErrors.map((e, i) => (
                  <List.Item key={`${e.sheet}-${e.row}-${i}`}>
                    <Text span fw={600} size="sm">
                      {e.row > 0 ? t('frameworks.importDialog.errorRow', { sheet: e.sheet, row: e.row }) : t('frameworks.importDialog.errorFile', { sheet: e.sheet })}
                    </Text>
                    {': '}
                    {stripLocation(e.message)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}

          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('frameworks.importDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The server prefixes "Kader, rij 5: "; the list shows the location in its own bold part. */
function stripLocation(message: string): string {
  return message.replace(/^[^:]*, rij \d+: /, '');
}
