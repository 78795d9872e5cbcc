import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { FrameworkDetailFieldsFragment } from '@/gql/graphql';
import { CompetencyCard } from './competency-card';
import { ItemFormModal } from './item-form-modal';
import { useFrameworkEditor } from './use-framework-editor';

/** The competencies of a framework; for editors with add, reword, reorder and remove. */
export function FrameworkCompetencies({ framework }: { framework: FrameworkDetailFieldsFragment }) {
  const { t } = useTranslation();
  const editor = useFrameworkEditor(framework);
  const { dialog } = editor;
  const editable = framework.canEdit;
  const competencies = framework.competencies;

  return (
    <Stack gap="md" component="section" aria-labelledby="framework-competencies">
      <Group justify="space-between">
        <Title order={2} size="h3" id="framework-competencies">
          {t('frameworks.competencies')}
        </Title>
        {editable ? (
          <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => editor.setDialog({ kind: 'addCompetency' })}>
            {t('frameworks.addCompetency')}
          </Button>
        ) : null}
      </Group>
      <VisuallyHidden aria-live="polite">{editor.announcement}</VisuallyHidden>
      {competencies.length === 0 ? <Text c="dimmed">{t('frameworks.noCompetencies')}</Text> : null}
      {competencies.map((c, i) => (
        <CompetencyCard
          key={c.id}
          competency={c}
          first={i === 0}
          last={i === competencies.length - 1}
          busy={editor.moving}
          competencyActions={editable ? editor.competencyActions : undefined}
          aspectActions={editable ? editor.aspectActions : undefined}
          onAddAspect={editable ? editor.addAspectTo : undefined}
        />
      ))}

      {dialog?.kind === 'addCompetency' || dialog?.kind === 'editCompetency' ? (
        <ItemFormModal
          title={dialog.kind === 'addCompetency' ? t('frameworks.addCompetency') : t('frameworks.editCompetency')}
          label={t('frameworks.fields.competencyName')}
          serverField="name"
          initial={dialog.kind === 'editCompetency' ? { title: dialog.competency.name, description: dialog.competency.description } : undefined}
          loading={editor.saving}
          onSubmit={editor.saveItem}
          onClose={editor.close}
        />
      ) : null}
      {dialog?.kind === 'addAspect' || dialog?.kind === 'editAspect' ? (
        <ItemFormModal
          title={dialog.kind === 'addAspect' ? t('frameworks.addAspect') : t('frameworks.editAspect')}
          label={t('frameworks.fields.title')}
          serverField="title"
          initial={dialog.kind === 'editAspect' ? { title: dialog.aspect.title, description: dialog.aspect.description } : undefined}
          loading={editor.saving}
          onSubmit={editor.saveItem}
          onClose={editor.close}
        />
      ) : null}
      <ConfirmDialog
        opened={dialog?.kind === 'removeCompetency' || dialog?.kind === 'removeAspect'}
        title={dialog?.kind === 'removeCompetency' ? t('frameworks.removeCompetencyTitle') : t('frameworks.removeAspectTitle')}
        message={
          dialog?.kind === 'removeCompetency'
            ? t('frameworks.removeCompetencyConfirm', { name: dialog.competency.name, count: dialog.competency.aspects.length })
            : dialog?.kind === 'removeAspect'
              ? t('frameworks.removeAspectConfirm', { name: dialog.aspect.title })
              : ''
        }
        confirmLabel={t('common.delete')}
        danger
        loading={editor.removing}
        onConfirm={() => void editor.confirmRemove()}
        onClose={editor.close}
      />
    </Stack>
  );
}
