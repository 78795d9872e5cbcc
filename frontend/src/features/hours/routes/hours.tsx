import { Card, Select, Stack, Text, Title } from '@mantine/core';
import { IconClockHour4, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { SchoolSelect } from '@/components/school-select';
import type { HoursLedgerFieldsFragment } from '@/gql/graphql';
import { hasRole, useViewer } from '@/lib/auth';
import { HoursOverviewQuery } from '../api/hours-overview';
import { HoursLeergangOptionsQuery } from '../api/leergang-options';
import { HoursMyLedgersQuery } from '../api/my-ledgers';
import { DeclareForm } from '../components/declare-form';
import { LedgerCard } from '../components/ledger-card';
import { OverviewTable } from '../components/overview-table';
import { PendingDeclarations } from '../components/pending-declarations';

const LEDGER_CONTEXT = { additionalTypenames: ['HoursLedger', 'HourDeclaration'] };

function isCurrent(ledger: HoursLedgerFieldsFragment, today: string): boolean {
  const { startsOn, endsOn } = ledger.leerjaar;
  return (!startsOn || startsOn <= today) && (!endsOn || endsOn >= today);
}

function todayString(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A deelnemer's own ledgers (the running leerjaar first) and the form to declare hours. */
function MyHours() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [today] = useState(todayString);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HoursMyLedgersQuery,
    requestPolicy: 'cache-and-network',
    context: useMemo(() => LEDGER_CONTEXT, []),
  });
  const ledgers = useMemo(() => {
    const all = data?.hoursLedgers ?? [];
    return [...all].sort((a, b) => Number(isCurrent(b, today)) - Number(isCurrent(a, today)));
  }, [data, today]);
  const options = ledgers.map((l) => ({
    value: l.leerjaar.id,
    label: t('agenda.hours.ledgerTitle', { leergang: l.leergang.name, number: l.leerjaar.number }),
  }));
  const current = ledgers.find((l) => isCurrent(l, today)) ?? ledgers[0];

  if (error && !data) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <TableSkeleton rows={4} />;
  if (ledgers.length === 0) {
    return <EmptyState title={t('agenda.hours.empty')} text={t('agenda.hours.emptyText')} icon={<IconClockHour4 size={28} />} />;
  }
  return (
    <>
      {ledgers.map((ledger) => (
        <LedgerCard key={ledger.leerjaar.id} ledger={ledger} personName={viewer.person.name} />
      ))}
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="declare-title">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h3" id="declare-title">
              {t('agenda.hours.declareTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('agenda.hours.declareIntro')}
            </Text>
          </Stack>
          <DeclareForm leerjaren={options} defaultLeerjaarId={current?.leerjaar.id ?? null} />
        </Stack>
      </Card>
    </>
  );
}

/** The rows of hoursOverview for one choice, or the states around it. */
function OverviewResult({ leergangId, schoolId, caption }: { leergangId?: string | null; schoolId?: string | null; caption: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HoursOverviewQuery,
    variables: { leergangId: leergangId ?? null, schoolId: schoolId ?? null },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => LEDGER_CONTEXT, []),
  });
  const ledgers = data?.hoursOverview;
  return (
    <>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}
      {ledgers && ledgers.length === 0 ? (
        <EmptyState title={t('agenda.hours.overviewEmpty')} text={t('agenda.hours.overviewEmptyText')} icon={<IconUsers size={28} />} />
      ) : null}
      {ledgers && ledgers.length > 0 ? <OverviewTable ledgers={ledgers} caption={caption} leerjaarOnly={Boolean(leergangId)} /> : null}
    </>
  );
}

type LeergangOption = { id: string; name: string; leerjaren: { id: string; number: number }[] };

/** For opleiders and beheerders: the declarations to review and the hours per leergang. */
function ReviewerHours({ leergangen }: { leergangen: readonly LeergangOption[] }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const leergangId = picked ?? leergangen[0]?.id ?? null;
  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const l of leergangen) {
      for (const lj of l.leerjaren) map.set(lj.id, t('agenda.hours.ledgerTitle', { leergang: l.name, number: lj.number }));
    }
    return map;
  }, [leergangen, t]);
  const chosen = leergangen.find((l) => l.id === leergangId);

  return (
    <>
      <PendingDeclarations leerjaarLabels={labels} />
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="overview-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="overview-title">
            {t('agenda.hours.overviewTitle')}
          </Title>
          <Select
            label={t('agenda.leergang')}
            placeholder={t('agenda.hours.overviewPick')}
            searchable
            allowDeselect={false}
            value={leergangId}
            onChange={setPicked}
            data={leergangen.map((l) => ({ value: l.id, label: l.name }))}
            maw={420}
          />
          {leergangId ? <OverviewResult leergangId={leergangId} caption={chosen?.name ?? ''} /> : null}
        </Stack>
      </Card>
    </>
  );
}

/** For a directie: the hours of the staff of their own school(s), nothing else. */
function SchoolHours() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const schools = viewer.person.schools;
  const [picked, setPicked] = useState<string | null>(null);
  const schoolId = picked ?? schools[0]?.id ?? null;
  const school = schools.find((s) => s.id === schoolId);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="school-hours-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="school-hours-title">
            {t('agenda.hours.schoolTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('agenda.hours.schoolIntro')}
          </Text>
        </Stack>
        {schools.length > 1 ? (
          <Select
            label={t('agenda.hours.school')}
            allowDeselect={false}
            value={schoolId}
            onChange={setPicked}
            data={schools.map((s) => ({ value: s.id, label: s.name }))}
            maw={420}
          />
        ) : null}
        <OverviewResult schoolId={schoolId} caption={school?.name ?? ''} />
      </Stack>
    </Card>
  );
}

/** For a bestuur: the staff of their organisation's schools, one school or all. */
function BestuurHours() {
  const { t } = useTranslation();
  const [schoolId, setSchoolId] = useState<string | null>(null);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="bestuur-hours-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="bestuur-hours-title">
            {t('agenda.hours.schoolTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('agenda.hours.bestuurIntro')}
          </Text>
        </Stack>
        <SchoolSelect label={t('agenda.hours.school')} placeholder={t('agenda.hours.allSchools')} value={schoolId} onChange={setSchoolId} maw={420} />
        <OverviewResult schoolId={schoolId} caption={t('agenda.hours.schoolTitle')} />
      </Stack>
    </Card>
  );
}

export default function HoursRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const deelnemer = hasRole(viewer, 'DEELNEMER');
  const reviewer = hasRole(viewer, 'OPLEIDER') || hasRole(viewer, 'BEHEERDER');
  const directie = hasRole(viewer, 'DIRECTIE');
  const bestuur = hasRole(viewer, 'BESTUUR') && !directie;
  const [options] = useQuery({ query: HoursLeergangOptionsQuery, pause: !reviewer });
  const leergangen = options.data?.leergangen.nodes;

  return (
    <Page title={deelnemer && !reviewer && !directie && !bestuur ? t('agenda.hours.myTitle') : t('agenda.hours.title')}>
      {deelnemer ? (
        <Text c="dimmed" mt={-8}>
          {t('agenda.hours.intro')}
        </Text>
      ) : null}
      {deelnemer ? <MyHours /> : null}
      {reviewer ? (
        <>
          {options.error && !leergangen ? <QueryError error={options.error} /> : null}
          {leergangen ? <ReviewerHours leergangen={leergangen} /> : options.fetching ? <TableSkeleton /> : null}
        </>
      ) : null}
      {directie ? <SchoolHours /> : null}
      {bestuur ? <BestuurHours /> : null}
    </Page>
  );
}
