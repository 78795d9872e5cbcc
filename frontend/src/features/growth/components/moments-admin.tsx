import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconPencil, IconTrash } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { GrowthScanMomentFragment } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { CreateStandardScanMomentsMutation, DeleteScanMomentMutation } from '../api/moments';
import { momentPeriod } from '../utils/format';
import { MomentForm } from './moment-form';

interface MomentsAdminProps {
  leergangId: string;
  moments: readonly GrowthScanMomentFragment[];
  leerjaren: ReadonlyArray<{ id: string; number: number }>;
  onChange: () => void;
}

/**
 * The scan moments of a leergang for who may manage it: add the standard
 * moments or a new one, edit one in a dialog (focus goes to its title and back
 * to the Bewerken button on closing), delete one after confirming (the server
 * refuses once someone scanned at it, and says so).
 */
export function MomentsAdmin({ leergangId, moments, leerjaren, onChange }: MomentsAdminProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [{ fetching: creating }, createStandard] = useMutation(CreateStandardScanMomentsMutation);
  const [{ fetching: deleting }, del] = useMutation(DeleteScanMomentMutation);
  const [toDelete, setToDelete] = useState<GrowthScanMomentFragment | null>(null);
  // The moment stays while the dialog fades out; editOpen says whether it is shown.
  const [editing, setEditing] = useState<GrowthScanMomentFragment | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const deletedId = useRef<string | null>(null);

  // The deleted moment's buttons are gone with its row: put the focus on the section's heading.
  useEffect(() => {
    if (deletedId.current && !moments.some((m) => m.id === deletedId.current)) {
      deletedId.current = null;
      headingRef.current?.focus();
    }
  }, [moments]);

  async function onStandard() {
    const res = await createStandard({ input: { leergangId } });
    if (res.error) {
      showMutationError(res.error);
      return;
    }
    notifySuccess(t('growth.leergangPage.standardDone'));
    onChange();
  }
  async function onDelete() {
    if (!toDelete) return;
    const id = toDelete.id;
    const res = await del({ input: { id } });
    setToDelete(null);
    if (res.error) {
      showMutationError(res.error);
      return;
    }
    notifySuccess(t('growth.leergangPage.momentDeleted'));
    deletedId.current = id;
    onChange();
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={2} size="h3" id={headingId} ref={headingRef} tabIndex={-1}>
          {t('growth.leergangPage.momentsTitle')}
        </Title>
        <Button variant="light" leftSection={<IconCalendarPlus size={18} aria-hidden />} loading={creating} onClick={() => void onStandard()}
          title={t('growth.leergangPage.standardHelp')}>
          {t('growth.leergangPage.standard')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">{t('growth.leergangPage.standardHelp')}</Text>
      {moments.length === 0 ? (
        <Text c="dimmed">{t('growth.moments.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-labelledby={headingId} data-testid="scan-moments-admin">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('growth.moments.moment')}</Table.Th>
              <Table.Th scope="col">{t('growth.leergangPage.kind')}</Table.Th>
              <Table.Th scope="col">{t('growth.moments.period')}</Table.Th>
              <Table.Th scope="col">{t('growth.leergangPage.askedAlso')}</Table.Th>
              <Table.Th scope="col">{t('growth.moments.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {moments.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Th scope="row">{m.title}</Table.Th>
                <Table.Td>
                  {t(`growth.kinds.${m.kind}`)}
                  {m.leerjaar ? ` · ${t('growth.leergangPage.leerjaarNumber', { number: m.leerjaar.number })}` : ''}
                </Table.Td>
                <Table.Td>{momentPeriod(m, t)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {m.askMaatje ? <Badge variant="light">{t('growth.roles.MAATJE')}</Badge> : null}
                    {m.askDirectie ? <Badge variant="light">{t('growth.roles.DIRECTIE')}</Badge> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />}
                      aria-label={`${t('growth.leergangPage.editMoment')}: ${m.title}`} aria-haspopup="dialog" onClick={() => {
                        setEditing(m);
                        setEditOpen(true);
                      }}>
                      {t('growth.leergangPage.editMoment')}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden />}
                      aria-label={`${t('growth.leergangPage.deleteMoment')}: ${m.title}`} aria-haspopup="dialog" onClick={() => setToDelete(m)}>
                      {t('growth.leergangPage.deleteMoment')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Card withBorder>
        <Stack gap="sm">
          <Title order={3} size="h4">{t('growth.leergangPage.newMoment')}</Title>
          <MomentForm leergangId={leergangId} leerjaren={leerjaren} onDone={onChange} />
        </Stack>
      </Card>
      {/* Mantine's Modal traps the focus, starts at the title field (data-autofocus) and returns it to the Bewerken button. */}
      <Modal opened={editOpen} onClose={() => setEditOpen(false)} size="lg"
        title={t('growth.leergangPage.editMomentTitle', { title: editing?.title ?? '' })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing ? (
          <MomentForm key={editing.id} leergangId={leergangId} leerjaren={leerjaren} moment={editing}
            onDone={() => {
              setEditOpen(false);
              onChange();
            }}
            onCancel={() => setEditOpen(false)} />
        ) : null}
      </Modal>
      <ConfirmDialog opened={toDelete != null} title={t('growth.leergangPage.deleteMoment')}
        message={t('growth.leergangPage.deleteMomentConfirm', { title: toDelete?.title ?? '' })} confirmLabel={t('growth.leergangPage.deleteMoment')}
        danger loading={deleting} onConfirm={() => void onDelete()} onClose={() => setToDelete(null)} />
    </Stack>
  );
}
