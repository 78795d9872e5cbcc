import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendarCheck, IconLock, IconWand } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage, NoAccessPage } from '@/components/message-page';
import { Page } from '@/components/page';
import type { LeergangDetailFieldsFragment } from '@/gql/graphql';
import { useViewer } from '@/lib/auth';
import { codeOf, graphQLErrors, hasErrorCode, messageOf } from '@/lib/errors';
import { currentLanguage, translateReason } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { notifyError, notifySuccess } from '@/lib/notify';
import { CreateSessionMutation } from '../api/create-session';
import { LeergangQuery } from '../api/leergang';
import { ProposeYearQuery } from '../api/propose-year';
import { BackLink } from '../components/back-link';
import { DateField } from '../components/date-field';
import { PersonMultiSelect } from '../components/person-multi-select';
import { ProposalRow } from '../components/proposal-row';
import { proposalsToRows, rowProblem, rowToSessionFields, validateCommon, validatePattern } from '../components/year-plan-values';
import type { CommonValues, PatternValues, PlanRow } from '../components/year-plan-values';
import { amsterdamToday } from '../utils/amsterdam-time';
import { formatPeriod } from '../utils/format';
import { sessionsTabPath } from '../utils/paths';
import { currentLeerjaar } from '../utils/periods';
import type { SessionsTabState } from '../utils/paths';
import { DAGDELEN, dagdeelCount, overlapsWithin, sessionMoments } from '../utils/session-times';

const PATTERN_FIELDS = ['leerjaarId', 'dagdelen', 'dagdeel', 'from', 'to'];

function YearPlanner({ leergang }: { leergang: LeergangDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const client = useClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [, createSession] = useMutation(CreateSessionMutation);
  const [proposing, setProposing] = useState(false);
  const [rows, setRows] = useState<PlanRow[] | null>(null);
  const [proposedFor, setProposedFor] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const leerjaren = [...leergang.leerjaren].sort((a, b) => a.number - b.number);
  const pattern = useForm<PatternValues>({
    mode: 'controlled',
    initialValues: { leerjaarId: currentLeerjaar(leergang.leerjaren, amsterdamToday())?.id ?? null, dagdelen: 4, dagdeel: 'OCHTEND', tweedaagse: true, from: null, to: null },
    validate: validatePattern,
  });
  const mine = leergang.opleiders.filter((p) => p.id === viewer.person.id);
  const common = useForm<CommonValues>({
    mode: 'controlled',
    initialValues: {
      location: '',
      onlineUrl: '',
      groupIds: leergang.groups.map((g) => g.id),
      opleiderIds: (mine.length > 0 ? mine : leergang.opleiders).map((p) => p.id),
      published: false,
    },
    validate: validateCommon,
  });
  const selectedLeerjaar = leerjaren.find((lj) => lj.id === pattern.values.leerjaarId);

  const propose = async (values: PatternValues) => {
    if (!values.leerjaarId) return;
    setProposing(true);
    const result = await client
      .query(
        ProposeYearQuery,
        {
          input: {
            leerjaarId: values.leerjaarId,
            dagdelen: Number(values.dagdelen),
            dagdeel: values.dagdeel,
            tweedaagse: values.tweedaagse,
            from: values.from,
            to: values.to,
          },
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setProposing(false);
    if (result.error) {
      showMutationError(result.error, pattern, PATTERN_FIELDS);
      return;
    }
    if (result.data) {
      setRows(proposalsToRows(result.data.proposeYear));
      setProposedFor(values.leerjaarId);
      setProgress(null);
    }
  };

  const updateRow = (key: string, patch: Partial<PlanRow>) =>
    setRows((current) =>
      current?.map((r) => (r.key === key ? { ...r, ...patch, status: r.status === 'failed' && !('status' in patch) ? 'pending' : (patch.status ?? r.status) } : r)) ?? null,
    );

  const planAll = async () => {
    if (!rows || !proposedFor) return;
    const check = common.validate();
    if (check.hasErrors) return;
    const todo = rows.filter((r) => r.status !== 'done');
    const problems = todo.map((r) => [r.key, rowProblem(r)] as const).filter(([, p]) => p !== null);
    if (problems.length > 0) {
      setRows((current) => current?.map((r) => {
        const problem = problems.find(([key]) => key === r.key);
        return problem ? { ...r, status: 'failed', message: problem[1] ?? '' } : r;
      }) ?? null);
      notifyError(t('leergangen.planner.fixRows'));
      return;
    }
    setRunning(true);
    let done = 0;
    let failed = 0;
    setProgress({ done, total: todo.length });
    for (const row of todo) {
      updateRow(row.key, { status: 'saving', message: undefined });
      const result = await createSession({ input: { leergangId: leergang.id, session: rowToSessionFields(row, proposedFor, common.values) } });
      if (result.error || !result.data) {
        failed += 1;
        const errors = graphQLErrors(result.error);
        const conflict = errors.find((e) => codeOf(e) === 'CONFLICT');
        const options = { language: currentLanguage(), translateReason };
        const message = conflict
          ? messageOf(conflict, options)
          : errors.map((e) => messageOf(e, options)).filter(Boolean).join(' ') || t('errors.somethingWrong');
        // Field errors of the shared settings belong next to those fields too.
        if (result.error) {
          for (const e of errors) {
            const field = typeof e.extensions?.field === 'string' ? e.extensions.field : '';
            if (codeOf(e) === 'BAD_USER_INPUT' && ['location', 'onlineUrl', 'groupIds', 'opleiderIds'].includes(field)) {
              common.setFieldError(field, messageOf(e, options));
            }
          }
        }
        updateRow(row.key, { status: 'failed', message });
      } else {
        done += 1;
        updateRow(row.key, { status: 'done', sessionId: result.data.createSession.session.id });
      }
      setProgress({ done: done + failed, total: todo.length });
    }
    setRunning(false);
    if (failed === 0) {
      notifySuccess(t('leergangen.planner.allPlanned', { count: done }));
      const state: SessionsTabState = { focusDate: todo[0]?.date ?? undefined };
      await navigate(sessionsTabPath(leergang.id), { state });
    } else {
      notifyError(t('leergangen.planner.someFailed', { failed, total: todo.length }));
    }
  };

  const pending = rows?.filter((r) => r.status !== 'done') ?? [];
  const overlaps = overlapsWithin((rows ?? []).map((r) => sessionMoments(r)));
  const totalDagdelen = (rows ?? []).reduce((sum, r) => sum + dagdeelCount(r.kind), 0);

  return (
    <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
      <Stack gap="lg">
        <Text c="dimmed" maw={760}>
          {t('leergangen.planner.intro')}
        </Text>
        <Card withBorder padding="lg" component="section" aria-labelledby="planner-pattern">
          <form onSubmit={pattern.onSubmit((values) => void propose(values))} noValidate>
            <Stack gap="md">
              <Title order={2} size="h3" id="planner-pattern">
                {t('leergangen.planner.pattern')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                <Select
                  label={t('leergangen.fields.leerjaar')}
                  required
                  allowDeselect={false}
                  data={leerjaren.map((lj) => ({ value: lj.id, label: t('leergangen.leerjaarN', { number: lj.number }) }))}
                  description={selectedLeerjaar ? formatPeriod(selectedLeerjaar.startsOn, selectedLeerjaar.endsOn, i18n.language, t('leergangen.noDates')) : undefined}
                  {...pattern.getInputProps('leerjaarId')}
                />
                <NumberInput
                  label={t('leergangen.planner.dagdelen')}
                  description={t('leergangen.planner.dagdelenHint')}
                  min={0}
                  max={20}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  required
                  {...pattern.getInputProps('dagdelen')}
                />
                <Select
                  label={t('leergangen.sessionForm.dagdeel')}
                  description={t('leergangen.planner.dagdeelHint')}
                  required
                  allowDeselect={false}
                  data={DAGDELEN.map((d) => ({ value: d, label: t(`leergangen.dagdelen.${d}`) }))}
                  {...pattern.getInputProps('dagdeel')}
                />
                <Switch
                  mt={{ base: 0, md: 30 }}
                  label={t('leergangen.planner.tweedaagse')}
                  description={t('leergangen.planner.tweedaagseHint')}
                  {...pattern.getInputProps('tweedaagse', { type: 'checkbox' })}
                />
              </SimpleGrid>
              <Group gap="md" align="flex-start">
                <DateField label={t('leergangen.planner.from')} clearable w={190} {...pattern.getInputProps('from')} />
                <DateField label={t('leergangen.planner.to')} clearable w={190} {...pattern.getInputProps('to')} />
                <Text size="sm" c="dimmed" mt={30} maw={360}>
                  {t('leergangen.planner.fromToHint')}
                </Text>
              </Group>
              <Group>
                <Button type="submit" loading={proposing} leftSection={<IconWand size={18} aria-hidden />} disabled={running}>
                  {t('leergangen.planner.propose')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>

        {rows ? (
          <>
            <Card withBorder padding="lg" component="section" aria-labelledby="planner-common">
              <Stack gap="md">
                <Title order={2} size="h3" id="planner-common">
                  {t('leergangen.planner.common')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('leergangen.sessionForm.location')} autoComplete="off" disabled={running} {...common.getInputProps('location')} />
                  <TextInput
                    label={t('leergangen.sessionForm.onlineUrl')}
                    type="url"
                    placeholder="https://"
                    autoComplete="off"
                    disabled={running}
                    {...common.getInputProps('onlineUrl')}
                  />
                </SimpleGrid>
                <PersonMultiSelect
                  label={t('leergangen.fields.opleiders')}
                  placeholder={t('leergangen.form.searchPeople')}
                  required
                  role="OPLEIDER"
                  disabled={running}
                  initialOptions={leergang.opleiders}
                  value={common.values.opleiderIds}
                  onChange={(value) => common.setFieldValue('opleiderIds', value)}
                  error={common.errors.opleiderIds}
                />
                <Checkbox.Group label={t('leergangen.fields.groups')} required {...common.getInputProps('groupIds')}>
                  <Group gap="lg" mt="xs">
                    {leergang.groups.map((g) => (
                      <Checkbox key={g.id} value={g.id} label={`${g.name} (${g.members.length})`} aria-label={g.name} disabled={running} />
                    ))}
                  </Group>
                </Checkbox.Group>
                <Switch
                  label={t('leergangen.sessionForm.published')}
                  description={t('leergangen.sessionForm.publishedHint')}
                  disabled={running}
                  {...common.getInputProps('published', { type: 'checkbox' })}
                />
              </Stack>
            </Card>

            <Card withBorder padding="lg" component="section" aria-labelledby="planner-rows">
              <Stack gap="md">
                <Group justify="space-between">
                  <Title order={2} size="h3" id="planner-rows">
                    {t('leergangen.planner.proposal')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('leergangen.planner.summary', { count: rows.length, dagdelen: totalDagdelen })}
                  </Text>
                </Group>
                {rows.length === 0 ? (
                  <Text c="dimmed">{t('leergangen.planner.noRows')}</Text>
                ) : (
                  <Table.ScrollContainer minWidth={860}>
                    <Table verticalSpacing="sm">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>#</Table.Th>
                          <Table.Th>{t('leergangen.sessions.kind')}</Table.Th>
                          <Table.Th>{t('leergangen.sessionForm.date')}</Table.Th>
                          <Table.Th>{t('leergangen.planner.times')}</Table.Th>
                          <Table.Th>{t('leergangen.sessionForm.title')}</Table.Th>
                          <Table.Th>{t('leergangen.planner.check')}</Table.Th>
                          <Table.Th>
                            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {rows.map((row, index) => (
                          <ProposalRow
                            key={row.key}
                            index={index}
                            row={row}
                            leergangId={leergang.id}
                            common={common.values}
                            overlaps={(overlaps[index] ?? []).map((i) => i + 1)}
                            locked={running}
                            onChange={(patch) => updateRow(row.key, patch)}
                            onRemove={() => setRows((current) => current?.filter((r) => r.key !== row.key) ?? null)}
                          />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                {progress ? (
                  <Stack gap={4}>
                    <Progress
                      value={progress.total > 0 ? (progress.done / progress.total) * 100 : 0}
                      aria-label={t('leergangen.planner.progressLabel')}
                      animated={running}
                    />
                    <Text size="sm" aria-live="polite">
                      {t('leergangen.planner.progress', { done: progress.done, total: progress.total })}
                    </Text>
                  </Stack>
                ) : null}
                {rows.some((r) => r.status === 'failed') && !running ? (
                  <Alert color="red" variant="light" title={t('leergangen.planner.failedTitle')}>
                    {t('leergangen.planner.failedText')}
                  </Alert>
                ) : null}
                <Group>
                  <Button
                    onClick={() => void planAll()}
                    loading={running}
                    disabled={pending.length === 0}
                    leftSection={<IconCalendarCheck size={18} aria-hidden />}
                  >
                    {t('leergangen.planner.planAll')}
                  </Button>
                  {rows.some((r) => r.status === 'done') && !running ? (
                    <Button variant="default" component={Link} to={sessionsTabPath(leergang.id)}>
                      {t('leergangen.planner.toSessions')}
                    </Button>
                  ) : null}
                </Group>
              </Stack>
            </Card>
          </>
        ) : null}
      </Stack>
    </DatesProvider>
  );
}

export default function YearPlanningRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LeergangQuery, variables: { id } });
  const leergang = data?.leergang;
  const back = useMemo(() => <BackLink to={sessionsTabPath(id)}>{leergang?.name ?? t('leergangen.title')}</BackLink>, [id, leergang?.name, t]);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('leergangen.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('leergangen.notFound')} />;
  }
  if (!leergang) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!leergang.canManage) return <NoAccessPage message={t('leergangen.cannotManage')} />;

  return (
    <Page title={t('leergangen.planner.title')} documentTitle={`${t('leergangen.planner.title')} · ${leergang.name}`} before={back}>
      <YearPlanner key={leergang.id} leergang={leergang} />
    </Page>
  );
}
