import { ActionIcon, Badge, Group, List, Loader, Stack, Table, Text, TextInput, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconBeach, IconCircleCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sessionMoments } from '../utils/session-times';
import { DateField } from './date-field';
import { TimeField } from './time-field';
import { useCheckTexts } from './use-check-texts';
import { useSessionCheck } from './use-session-check';
import type { CommonValues, PlanRow } from './year-plan-values';

interface ProposalRowProps {
  index: number;
  row: PlanRow;
  leergangId: string;
  common: CommonValues;
  /** Numbers of the other rows of this proposal that fall at the same time. */
  overlaps: readonly number[];
  /** While all rows are being created, nothing can be changed. */
  locked: boolean;
  onChange: (patch: Partial<PlanRow>) => void;
  onRemove: () => void;
}

/** One proposed session: editable date, times and title, with its own live check. */
export function ProposalRow({ index, row, leergangId, common, overlaps, locked, onChange, onRemove }: ProposalRowProps) {
  const { t } = useTranslation();
  const texts = useCheckTexts();
  const number = index + 1;
  const done = row.status === 'done';
  const disabled = locked || done || row.status === 'saving';
  const { check, checking } = useSessionCheck(
    {
      leergangId,
      moments: sessionMoments(row),
      location: common.location,
      groupIds: common.groupIds,
      opleiderIds: common.opleiderIds,
    },
    done,
  );
  const conflicts = done ? [] : (check?.conflicts ?? []);
  const holidays = check?.holidays ?? row.holidays;
  const tweedaagse = row.kind === 'TWEEDAAGSE';

  return (
    <Table.Tr bg={done ? 'var(--mantine-color-green-light)' : row.status === 'failed' ? 'var(--mantine-color-red-light)' : undefined}>
      <Table.Td>
        <Text fw={500}>{number}</Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={tweedaagse ? 'grape' : 'blue'}>
          {t(`leergangen.kinds.${row.kind}`)}
        </Badge>
        {tweedaagse ? (
          <Text size="xs" c="dimmed" mt={4}>
            {t('leergangen.planner.countsAsFour')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <DateField
          aria-label={t('leergangen.planner.rowDate', { number })}
          value={row.date}
          onChange={(date) => onChange({ date })}
          disabled={disabled}
          w={130}
          size="sm"
        />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <TimeField
            aria-label={t('leergangen.planner.rowStart', { number })}
            value={row.startTime}
            onChange={(startTime) => onChange({ startTime })}
            disabled={disabled}
            w={80}
            size="sm"
            leftSection={null}
          />
          <Text size="sm" aria-hidden>
            –
          </Text>
          <TimeField
            aria-label={tweedaagse ? t('leergangen.planner.rowEndSecondDay', { number }) : t('leergangen.planner.rowEnd', { number })}
            value={row.endTime}
            onChange={(endTime) => onChange({ endTime })}
            disabled={disabled}
            w={80}
            size="sm"
            leftSection={null}
          />
        </Group>
        {tweedaagse ? (
          <Text size="xs" c="dimmed" mt={4}>
            {t('leergangen.planner.endsNextDay')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('leergangen.planner.rowTitle', { number })}
          value={row.title}
          onChange={(event) => onChange({ title: event.currentTarget.value })}
          disabled={disabled}
          miw={150}
          size="sm"
        />
      </Table.Td>
      <Table.Td miw={200}>
        <Stack gap={4} aria-live="polite">
          {done ? (
            <Group gap={6} c="green.8" wrap="nowrap">
              <IconCircleCheck size={18} aria-hidden />
              <Text size="sm">{t('leergangen.planner.rowDone')}</Text>
            </Group>
          ) : null}
          {row.status === 'saving' ? (
            <Group gap={6} wrap="nowrap">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t('leergangen.planner.rowSaving')}</Text>
            </Group>
          ) : null}
          {row.status === 'failed' && row.message ? (
            <Text size="sm" c="red.8" fw={500}>
              {t('leergangen.planner.rowFailed', { message: row.message })}
            </Text>
          ) : null}
          {overlaps.length > 0 && !done ? (
            <Group gap={6} align="flex-start" wrap="nowrap" c="red.8">
              <IconAlertTriangle size={18} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="sm">{t('leergangen.planner.rowOverlaps', { numbers: overlaps.join(', ') })}</Text>
            </Group>
          ) : null}
          {conflicts.length > 0 ? (
            <Group gap={6} align="flex-start" wrap="nowrap" c="red.8">
              <IconAlertTriangle size={18} aria-hidden style={{ flexShrink: 0 }} />
              <List size="sm" c="red.8" listStyleType="none" spacing={2}>
                {conflicts.map((c) => (
                  <List.Item key={`${c.kind}-${c.otherSessionId}-${c.message}`}>{texts.conflict(c)}</List.Item>
                ))}
              </List>
            </Group>
          ) : null}
          {holidays.length > 0 && !done ? (
            <Group gap={6} align="flex-start" wrap="nowrap">
              <Tooltip label={t('leergangen.check.holidayTitle')}>
                <ThemeIcon color="yellow" variant="light" size="sm" radius="xl" aria-hidden>
                  <IconBeach size={14} />
                </ThemeIcon>
              </Tooltip>
              <Text size="sm" c="yellow.9">
                {holidays.map(texts.holiday).join(' ')}
              </Text>
            </Group>
          ) : null}
          {!done && row.status !== 'saving' && checking ? (
            <Group gap={6} c="dimmed" wrap="nowrap">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t('leergangen.check.checking')}</Text>
            </Group>
          ) : null}
          {!done && !checking && check && conflicts.length === 0 && overlaps.length === 0 && holidays.length === 0 && row.status !== 'failed' ? (
            <Text size="sm" c="dimmed">
              {t('leergangen.planner.rowFree')}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        {!done ? (
          <Tooltip label={t('leergangen.planner.removeRow', { number })}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('leergangen.planner.removeRow', { number })}
              onClick={onRemove}
              disabled={locked || row.status === 'saving'}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
