import { ActionIcon, Anchor, Badge, Box, Button, Card, Group, Menu, Stack, Table, Text, ThemeIcon, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { IconBeach, IconCalendarPlus, IconDots, IconPencil, IconTrash, IconWand, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import type { LeergangDetailFieldsFragment, SessionRowFieldsFragment } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { DeleteSessionMutation } from '../api/delete-session';
import { amsterdamToday, daysBetween, isDateString } from '../utils/amsterdam-time';
import { formatPeriod, formatSessionWhen, sessionWhenParts } from '../utils/format';
import { includeDate, leergangPeriod, periodTooLong, periodWindows } from '../utils/periods';
import type { Period } from '../utils/periods';
import { dagdeelCount } from '../utils/session-times';
import { CancelSessionDialog } from './cancel-session-dialog';
import { DateField } from './date-field';
import { useCheckTexts } from './use-check-texts';
import { SessionStatusBadge } from './status-badges';
import { useLeergangSessions } from './use-leergang-sessions';

interface LeergangSessionsProps {
  leergang: LeergangDetailFieldsFragment;
  /** A day the list must include, e.g. of a session just saved. */
  focusDate?: string | null;
}

function HolidayMark({ session }: { session: SessionRowFieldsFragment }) {
  const { t } = useTranslation();
  const texts = useCheckTexts();
  if (session.holidays.length === 0) return null;
  const text = session.holidays.map(texts.holiday).join(' ');
  return (
    <Tooltip label={text} multiline w={280} withArrow>
      <ThemeIcon color="yellow" variant="light" size="sm" radius="xl" tabIndex={0} role="img" aria-label={`${t('leergangen.check.holidayTitle')}: ${text}`}>
        <IconBeach size={14} aria-hidden />
      </ThemeIcon>
    </Tooltip>
  );
}

/** "di 9 mrt 2027, 09:00–12:30", wrapping only between date and time. */
function SessionWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const { i18n } = useTranslation();
  const [first, second] = sessionWhenParts(startsAt, endsAt, i18n.language);
  return (
    <Text size="sm">
      <Text span inherit fw={500} style={{ whiteSpace: 'nowrap' }}>
        {first}
      </Text>{' '}
      <Text span inherit c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {second}
      </Text>
    </Text>
  );
}

interface SessionTableProps {
  sessions: SessionRowFieldsFragment[];
  leergangId: string;
  canManage: boolean;
  onCancel: (s: SessionRowFieldsFragment) => void;
  onDelete: (s: SessionRowFieldsFragment) => void;
}

function SessionTable({ sessions, leergangId, canManage, onCancel, onDelete }: SessionTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leergangen.sessions.when')}</Table.Th>
            <Table.Th>{t('leergangen.sessions.kind')}</Table.Th>
            <Table.Th>{t('leergangen.sessions.title')}</Table.Th>
            <Table.Th>{t('leergangen.sessions.location')}</Table.Th>
            <Table.Th>{t('leergangen.sessions.groups')}</Table.Th>
            <Table.Th>{t('leergangen.sessions.status')}</Table.Th>
            {canManage ? (
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => {
            const cancelled = Boolean(s.cancelledAt);
            return (
              <Table.Tr key={s.id} c={cancelled ? 'dimmed' : undefined}>
                <Table.Td w={190}>
                  <SessionWhen startsAt={s.startsAt} endsAt={s.endsAt} />
                </Table.Td>
                <Table.Td>
                  {t(`leergangen.kinds.${s.kind}`)}
                  {s.dagdeel ? (
                    <Text size="xs" c="dimmed">
                      {t(`leergangen.dagdelen.${s.dagdeel}`)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td miw={180}>
                  <Anchor component={Link} to={`/sessies/${encodeURIComponent(s.id)}`} fw={500} td={cancelled ? 'line-through' : undefined}>
                    {s.title}
                  </Anchor>
                  {s.theme ? (
                    <Text size="xs" c="dimmed">
                      {s.theme}
                    </Text>
                  ) : null}
                  {cancelled && s.cancelReason ? (
                    <Text size="xs" c="red.8">
                      {t('leergangen.sessions.cancelledBecause', { reason: s.cancelReason })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td maw={240}>
                  <Text size="sm" lineClamp={2} title={s.location || undefined}>
                    {s.location || (s.onlineUrl ? t('leergangen.sessions.online') : t('common.none'))}
                  </Text>
                </Table.Td>
                <Table.Td>{s.praktijkPerson ? s.praktijkPerson.name : s.groups.map((g) => g.name).join(', ') || t('common.none')}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {canManage || cancelled ? <SessionStatusBadge published={s.published} cancelled={cancelled} /> : null}
                    <HolidayMark session={s} />
                  </Group>
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    {s.canManage ? (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={t('leergangen.sessions.actionsFor', { title: s.title })}>
                            <IconDots size={18} aria-hidden />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            component={Link}
                            to={`/leergangen/${encodeURIComponent(leergangId)}/sessies/${encodeURIComponent(s.id)}/bewerken`}
                            leftSection={<IconPencil size={16} aria-hidden />}
                          >
                            {t('common.edit')}
                          </Menu.Item>
                          <Menu.Item leftSection={<IconX size={16} aria-hidden />} disabled={cancelled} onClick={() => onCancel(s)}>
                            {t('leergangen.sessions.cancel')}
                          </Menu.Item>
                          <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onDelete(s)}>
                            {t('common.delete')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The Bijeenkomsten tab: per leerjaar the sessions of the chosen period. */
export function LeergangSessions({ leergang, focusDate }: LeergangSessionsProps) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const initial = useMemo(() => includeDate(leergangPeriod(leergang.leerjaren, amsterdamToday()), focusDate), [leergang.leerjaren, focusDate]);
  const [period, setPeriod] = useState<Period>(initial);
  const [draft, setDraft] = useState<{ from: string | null; to: string | null }>(initial);
  const windows = useMemo(() => periodWindows(period), [period]);
  const { sessions, fetching, error, retry } = useLeergangSessions(leergang.id, windows);
  const [cancelling, setCancelling] = useState<SessionRowFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<SessionRowFieldsFragment | null>(null);
  const [{ fetching: deletePending }, remove] = useMutation(DeleteSessionMutation);

  const base = `/leergangen/${encodeURIComponent(leergang.id)}`;
  const leerjaren = [...leergang.leerjaren].sort((a, b) => a.number - b.number);
  const byLeerjaar = new Map<string, SessionRowFieldsFragment[]>();
  for (const s of sessions ?? []) {
    byLeerjaar.set(s.leerjaar.id, [...(byLeerjaar.get(s.leerjaar.id) ?? []), s]);
  }

  const changeDraft = (next: { from: string | null; to: string | null }) => {
    setDraft(next);
    if (isDateString(next.from) && isDateString(next.to) && daysBetween(next.from, next.to) >= 0) {
      setPeriod({ from: next.from, to: next.to });
    }
  };

  const onDelete = async () => {
    if (!deleting) return;
    const result = await remove({ input: { id: deleting.id } });
    const title = deleting.title;
    setDeleting(null);
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('leergangen.sessions.deleted', { title }));
  };

  const planButtons = leergang.canManage ? (
    <Group gap="sm">
      <Button component={Link} to={`${base}/sessies/nieuw`} leftSection={<IconCalendarPlus size={18} aria-hidden />}>
        {t('leergangen.sessions.plan')}
      </Button>
      <Button component={Link} to={`${base}/jaarplanning`} variant="light" leftSection={<IconWand size={18} aria-hidden />}>
        {t('leergangen.sessions.planYear')}
      </Button>
    </Group>
  ) : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
          <Group gap="md" align="flex-end">
            <DateField label={t('leergangen.sessions.periodFrom')} value={draft.from} onChange={(from) => changeDraft({ ...draft, from })} w={170} />
            <DateField label={t('leergangen.sessions.periodTo')} value={draft.to} onChange={(to) => changeDraft({ ...draft, to })} w={170} />
          </Group>
        </DatesProvider>
        {planButtons}
      </Group>
      {periodTooLong(period) ? (
        <Text size="sm" c="orange.8">
          {t('leergangen.sessions.periodTooLong')}
        </Text>
      ) : null}

      {error && !sessions ? <QueryError error={error} onRetry={retry} /> : null}
      {!sessions && !error ? <TableSkeleton /> : null}

      {sessions && sessions.length === 0 ? (
        <EmptyState
          title={t('leergangen.sessions.empty')}
          text={t('leergangen.sessions.emptyText', { period: formatPeriod(period.from, period.to, i18n.language, '') })}
          icon={<IconCalendarPlus size={28} />}
        />
      ) : null}

      {sessions && sessions.length > 0 ? (
        <Box aria-busy={fetching}>
          <Stack gap="lg">
            {leerjaren.map((lj) => {
              const list = byLeerjaar.get(lj.id) ?? [];
              const active = list.filter((s) => !s.cancelledAt);
              const dagdelen = active.reduce((sum, s) => sum + dagdeelCount(s.kind), 0);
              const headingId = `leerjaar-${lj.number}-sessions`;
              return (
                <Card key={lj.id} withBorder padding="lg" component="section" aria-labelledby={headingId}>
                  <Stack gap="sm">
                    <Group justify="space-between" gap="sm">
                      <Group gap="sm">
                        <Title order={2} size="h3" id={headingId}>
                          {t('leergangen.leerjaarN', { number: lj.number })}
                        </Title>
                        <Text c="dimmed" size="sm">
                          {formatPeriod(lj.startsOn, lj.endsOn, i18n.language, t('leergangen.noDates'))}
                        </Text>
                      </Group>
                      <Group gap="xs">
                        <Badge variant="light" color="gray">
                          {t('leergangen.sessions.sessionCount', { count: active.length })}
                        </Badge>
                        <Badge variant="light" color="blue">
                          {t('leergangen.sessions.dagdeelCount', { count: dagdelen })}
                        </Badge>
                      </Group>
                    </Group>
                    {list.length === 0 ? (
                      <Text c="dimmed">{t('leergangen.sessions.noneInLeerjaar')}</Text>
                    ) : (
                      <SessionTable
                        sessions={list}
                        leergangId={leergang.id}
                        canManage={leergang.canManage}
                        onCancel={setCancelling}
                        onDelete={setDeleting}
                      />
                    )}
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        </Box>
      ) : null}

      <CancelSessionDialog
        session={cancelling ? { id: cancelling.id, title: cancelling.title, when: formatSessionWhen(cancelling.startsAt, cancelling.endsAt, i18n.language) } : null}
        onClose={() => setCancelling(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('leergangen.sessions.deleteTitle')}
        message={t('leergangen.sessions.deleteConfirm', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={deletePending}
        onConfirm={() => void onDelete()}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
