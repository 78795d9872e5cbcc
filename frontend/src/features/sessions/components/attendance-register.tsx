import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChecks, IconDeviceFloppy, IconMessageCircle, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import type { AttendanceStatus, SessionDetailFieldsFragment, SessionRegisterRowFieldsFragment } from '@/gql/graphql';
import { codeOf, graphQLErrors, messageOf } from '@/lib/errors';
import { currentLanguage, translateReason } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { SessionRegisterAttendanceMutation } from '../api/register-attendance';
import { SessionAttendanceRegisterQuery } from '../api/session-register';
import {
  ATTENDANCE_STATUSES,
  invalidMinutes,
  isChanged,
  lineOfMessage,
  markEveryonePresent,
  partialLimit,
  toEntries,
  toLines,
  withStatus,
} from './register-entries';
import type { RegisterLine } from './register-entries';

const REGISTER_CONTEXT = { additionalTypenames: ['RegisterRow', 'Attendance'] };

/**
 * The colour of the chosen option, so a glance down the list shows who was
 * absent; white text on each has a contrast of more than 5:1.
 */
const STATUS_COLOURS: Record<AttendanceStatus, string> = {
  AANWEZIG: '#2b7a3b',
  AFWEZIG_MET_BERICHT: '#a84b00',
  AFWEZIG_ZONDER_BERICHT: '#c92a2a',
  GEDEELTELIJK: '#8a6100',
};

interface LineProps {
  line: RegisterLine;
  limit: number;
  error?: string;
  disabled: boolean;
  onChange: (line: RegisterLine) => void;
}

function RegisterLineRow({ line, limit, error, disabled, onChange }: LineProps) {
  const { t } = useTranslation();
  const showNote = (line.status !== null && line.status !== 'AANWEZIG') || line.note !== '';
  const nameId = `register-name-${line.personId}`;
  return (
    <Box
      component="li"
      py="md"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      aria-labelledby={nameId}
      data-testid="register-row"
    >
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" verticalSpacing="xs">
        <Stack gap={2}>
          <Text fw={600} id={nameId}>
            {line.name}
          </Text>
          {line.schools.length > 0 ? (
            <Text size="sm" c="dimmed">
              {line.schools.join(', ')}
            </Text>
          ) : null}
          {line.absenceReason !== null ? (
            <Group gap={4} wrap="nowrap" align="flex-start">
              <IconMessageCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-orange-8)" />
              <Text size="sm" c="orange.9">
                {t('agenda.register.absenceReported', { reason: line.absenceReason })}
              </Text>
            </Group>
          ) : null}
          {line.status === null ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('agenda.register.notRegistered')}
            </Text>
          ) : null}
        </Stack>
        <Stack gap="xs" style={{ gridColumn: 'span 2' }} className="register-controls">
          <SegmentedControl<AttendanceStatus | ''>
            fullWidth
            size="md"
            disabled={disabled}
            value={line.status ?? ''}
            onChange={(value) => {
              if (value) onChange(withStatus(line, value));
            }}
            aria-label={t('agenda.register.statusLabel', { name: line.name })}
            data={ATTENDANCE_STATUSES.map((status) => ({ value: status, label: t(`agenda.attendance.${status}`) }))}
            color={line.status ? STATUS_COLOURS[line.status] : undefined}
            styles={{
              label: {
                whiteSpace: 'normal',
                lineHeight: 1.25,
                minHeight: 48,
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
              },
            }}
          />
          {line.status === 'GEDEELTELIJK' || showNote ? (
            <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
              {line.status === 'GEDEELTELIJK' ? (
                <NumberInput
                  label={t('agenda.register.minutes')}
                  description={t('agenda.register.minutesHint', { max: limit })}
                  aria-label={`${t('agenda.register.minutes')} ${line.name}`}
                  required
                  min={1}
                  max={limit}
                  step={15}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  value={line.minutes}
                  onChange={(value) => onChange({ ...line, minutes: typeof value === 'number' ? value : '' })}
                  error={error}
                  disabled={disabled}
                  maw={220}
                />
              ) : null}
              {showNote ? (
                <TextInput
                  label={t('agenda.register.note')}
                  aria-label={t('agenda.register.noteLabel', { name: line.name })}
                  value={line.note}
                  onChange={(event) => onChange({ ...line, note: event.currentTarget.value })}
                  disabled={disabled}
                  error={line.status !== 'GEDEELTELIJK' ? error : undefined}
                />
              ) : null}
            </Group>
          ) : error ? (
            <Text size="sm" c="red.8" role="alert">
              {error}
            </Text>
          ) : null}
        </Stack>
      </SimpleGrid>
    </Box>
  );
}

interface RegisterFormProps {
  session: SessionDetailFieldsFragment;
  rows: readonly SessionRegisterRowFieldsFragment[];
}

function RegisterForm({ session, rows }: RegisterFormProps) {
  const { t } = useTranslation();
  const limit = partialLimit(session);
  const [saved, setSaved] = useState(() => toLines(rows));
  const [lines, setLines] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching: saving }, register] = useMutation(SessionRegisterAttendanceMutation);
  const changed = isChanged(lines, saved);
  const done = lines.filter((l) => l.status !== null).length;

  const update = (next: RegisterLine) => {
    setLines((current) => current.map((l) => (l.personId === next.personId ? next : l)));
    setErrors((current) => {
      if (!(next.personId in current)) return current;
      const rest = { ...current };
      delete rest[next.personId];
      return rest;
    });
  };

  const save = async () => {
    setGeneral(null);
    const invalid = invalidMinutes(lines, limit);
    if (invalid.size > 0) {
      const message = t('agenda.register.minutesRequired', { max: limit });
      setErrors(Object.fromEntries([...invalid].map((id) => [id, message])));
      setGeneral(t('agenda.register.fixErrors'));
      return;
    }
    const entries = toEntries(lines);
    if (entries.length === 0) {
      setGeneral(t('agenda.register.nothingToSave'));
      return;
    }
    const result = await register({ input: { sessionId: session.id, entries } });
    if (result.error) {
      const inputErrors = graphQLErrors(result.error).filter((e) => codeOf(e) === 'BAD_USER_INPUT');
      if (inputErrors.length === 0) {
        // CONFLICT (a cancelled session) and FORBIDDEN go to a toast.
        showMutationError(result.error);
        return;
      }
      const options = { language: currentLanguage(), translateReason };
      const rowErrors: Record<string, string> = {};
      const rest: string[] = [];
      for (const e of inputErrors) {
        const message = messageOf(e, options);
        const personId = lineOfMessage(lines, message);
        if (personId) rowErrors[personId] = message;
        else rest.push(message);
      }
      setErrors(rowErrors);
      setGeneral(rest.join(' ') || t('agenda.register.fixErrors'));
      return;
    }
    const next = toLines(result.data?.registerAttendance.register.rows ?? []);
    setSaved(next);
    setLines(next);
    setErrors({});
    notifySuccess(t('agenda.register.saved'));
  };

  if (lines.length === 0) {
    return <EmptyState title={t('agenda.register.empty')} icon={<IconUsers size={28} />} />;
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Button
              variant="light"
              size="md"
              leftSection={<IconChecks size={20} aria-hidden />}
              onClick={() => {
                setLines(markEveryonePresent(lines));
                setErrors({});
              }}
              disabled={saving}
            >
              {t('agenda.register.allPresent')}
            </Button>
            <Text size="sm" c="dimmed" maw={320}>
              {t('agenda.register.allPresentHint')}
            </Text>
          </Group>
          <Text size="sm" aria-live="polite">
            {t('agenda.register.progress', { done, total: lines.length })}
          </Text>
        </Group>
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {lines.map((line) => (
            <RegisterLineRow
              key={line.personId}
              line={line}
              limit={limit}
              error={errors[line.personId]}
              disabled={saving}
              onChange={update}
            />
          ))}
        </Box>
        {general ? (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        ) : null}
        <Group gap="sm" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ zIndex: 2 }}>
          <Button type="submit" size="md" loading={saving} disabled={!changed} leftSection={<IconDeviceFloppy size={20} aria-hidden />}>
            {t('agenda.register.save')}
          </Button>
          {changed ? (
            <Badge color="orange" variant="light">
              {t('agenda.register.unsaved')}
            </Badge>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/** The register of a session for its opleiders: one row per expected deelnemer. */
export function AttendanceRegister({ session, now }: { session: SessionDetailFieldsFragment; now: number }) {
  const { t } = useTranslation();
  const cancelled = Boolean(session.cancelledAt);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SessionAttendanceRegisterQuery,
    variables: { sessionId: session.id },
    pause: cancelled,
    requestPolicy: 'network-only',
    context: useMemo(() => REGISTER_CONTEXT, []),
  });
  const rows = data?.sessionRegister.rows;
  const started = now >= new Date(session.startsAt).getTime();

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="register-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="register-title">
            {t('agenda.register.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {cancelled ? t('agenda.register.cancelled') : t('agenda.register.intro')}
          </Text>
          {!cancelled && !started ? (
            <Text size="sm" c="dimmed">
              {t('agenda.register.notStarted')}
            </Text>
          ) : null}
        </Stack>
        {cancelled ? null : (
          <>
            {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
            {fetching && !data ? <TableSkeleton rows={4} /> : null}
            {/* A new answer (after a save elsewhere) starts the form afresh. */}
            {rows ? <RegisterForm key={rows.map((r) => `${r.person.id}:${r.attendance?.status ?? ''}:${r.attendance?.minutes ?? ''}`).join('|')} session={session} rows={rows} /> : null}
          </>
        )}
      </Stack>
    </Card>
  );
}
