import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconChartLine, IconFileCertificate } from '@tabler/icons-react';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import type { PersonProgressQuery } from '@/gql/graphql';
import { hasRole, useViewer } from '@/lib/auth';
import { formatDate, formatDay } from '@/lib/format';
import { PersonProgressQuery as Query } from '../api/person-progress';
import { AssignmentsCell, AttendanceCell, ChecklistCell, HoursCell, LeervragenCell, ScanCell } from '../components/progress-cells';
import { RevokeCertificateButton } from '../components/revoke-certificate';
import { formatHours, formatScore } from '../lib/progress';

type Progress = PersonProgressQuery['personProgress'];

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Summary({ p }: { p: Progress }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {p.rows.map((r) => (
        <Paper key={r.leergangId} withBorder p="md" radius="md" component="section" aria-label={r.leergangName}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {r.leergangName}
              </Title>
              <Button
                component={Link}
                to={`/groei/deelnemers/${p.personId}?leergang=${r.leergangId}`}
                variant="light"
                size="xs"
                leftSection={<IconChartLine size={14} aria-hidden />}
              >
                {t('dashboard.person.growth')}
              </Button>
            </Group>
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' }}>
              <dt>{t('dashboard.col.attendance')}</dt>
              <dd style={{ margin: 0 }}>
                <AttendanceCell row={r} />
              </dd>
              <dt>{t('dashboard.col.hours')}</dt>
              <dd style={{ margin: 0 }}>
                <HoursCell row={r} />
              </dd>
              <dt>{t('dashboard.col.assignments')}</dt>
              <dd style={{ margin: 0 }}>
                <AssignmentsCell row={r} />
              </dd>
              <dt>{t('dashboard.col.scan')}</dt>
              <dd style={{ margin: 0 }}>
                <ScanCell row={r} />
              </dd>
              <dt>{t('dashboard.col.leervragen')}</dt>
              <dd style={{ margin: 0 }}>
                <LeervragenCell row={r} />
              </dd>
              <dt>{t('dashboard.col.checklist')}</dt>
              <dd style={{ margin: 0 }}>
                <ChecklistCell row={r} />
              </dd>
            </dl>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function Certificates({ p, onChange }: { p: Progress; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const mayRevoke = hasRole(viewer, 'BEHEERDER') || hasRole(viewer, 'OPLEIDER');
  return (
    <Section title={t('dashboard.person.certificates')}>
      <Text size="sm" c="dimmed">
        {t('dashboard.person.certificatesIntro')}
      </Text>
      <List spacing="sm" listStyleType="none" data-testid="certificates">
        {p.leerjaren.map((lj) => (
          <List.Item key={lj.leerjaarId}>
            <Group justify="space-between" wrap="wrap">
              <div>
                <Text fw={500}>
                  {lj.leergangName}, {t('dashboard.leerjaarN', { n: lj.number })}
                </Text>
                <Text size="sm" c="dimmed">
                  {lj.certificate
                    ? t('dashboard.person.certificateIssued', {
                        date: formatDay(lj.certificate.issuedAt, i18n.language),
                        hours: formatHours(lj.certificate.hours, i18n.language),
                      })
                    : t('dashboard.person.certificateNotIssued')}
                </Text>
              </div>
              <Group gap="xs">
                <Button
                  component="a"
                  href={lj.downloadUrl}
                  download
                  size="xs"
                  leftSection={<IconFileCertificate size={14} aria-hidden />}
                  aria-label={t('dashboard.person.download', { n: lj.number })}
                >
                  {t('dashboard.person.downloadShort')}
                </Button>
                {lj.certificate ? (
                  <Anchor href={lj.certificate.verifyUrl} target="_blank" rel="noopener" size="sm">
                    {t('dashboard.person.verify')}
                  </Anchor>
                ) : null}
                {lj.certificate && mayRevoke ? (
                  <RevokeCertificateButton
                    id={lj.certificate.id}
                    label={t('dashboard.person.revokeLabel', { n: lj.number })}
                    onRevoked={onChange}
                  />
                ) : null}
              </Group>
            </Group>
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

function Sessions({ p }: { p: Progress }) {
  const { t, i18n } = useTranslation();
  if (p.sessions.length === 0) return <Text c="dimmed">{t('dashboard.person.sessionsEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.person.date')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.person.session')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.person.status')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.person.hoursCol')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.sessions.map((s) => (
            <Table.Tr key={s.sessionId}>
              <Table.Td>{formatDay(s.startsAt, i18n.language)}</Table.Td>
              <Table.Td>{s.title}</Table.Td>
              <Table.Td>
                {s.status ? (
                  <Badge variant="light" color={s.status === 'AANWEZIG' ? 'green' : s.status === 'GEDEELTELIJK' ? 'yellow' : 'red'}>
                    {t(`dashboard.attendanceStatus.${s.status}`)}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('dashboard.person.notRegistered')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatHours(s.hours, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Submissions({ p }: { p: Progress }) {
  const { t, i18n } = useTranslation();
  if (p.submissions.length === 0) return <Text c="dimmed">{t('dashboard.person.submissionsEmpty')}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboard.person.session')}</Table.Th>
          <Table.Th scope="col">{t('dashboard.col.leerjaar')}</Table.Th>
          <Table.Th scope="col">{t('dashboard.person.due')}</Table.Th>
          <Table.Th scope="col">{t('dashboard.person.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.submissions.map((s) => (
          <Table.Tr key={s.assignmentId}>
            <Table.Td>{s.title}</Table.Td>
            <Table.Td>{s.leerjaarNumber}</Table.Td>
            <Table.Td>{formatDate(s.dueOn, i18n.language)}</Table.Td>
            <Table.Td>{s.status ? t(`praktijk.status.${s.status}`) : t('dashboard.person.notStarted')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Scans({ p }: { p: Progress }) {
  const { t, i18n } = useTranslation();
  if (p.scanMoments.length === 0) return <Text c="dimmed">{t('dashboard.person.scansEmpty')}</Text>;
  const names = [...new Set(p.scanMoments.flatMap((m) => m.competencies.map((c) => c.name)))];
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('dashboard.person.scansIntro')}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.person.moment')}</Table.Th>
              {names.map((n) => (
                <Table.Th scope="col" key={n}>
                  {n}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.scanMoments.map((m, i) => (
              <Table.Tr key={`${m.title}-${i}`}>
                <Table.Th scope="row" fw={500}>
                  {m.title} <Text span size="xs" c="dimmed">({formatDate(m.opensOn, i18n.language)})</Text>
                </Table.Th>
                {names.map((n) => {
                  const c = m.competencies.find((x) => x.name === n);
                  return <Table.Td key={n}>{c ? formatScore(c.average, i18n.language) : '—'}</Table.Td>;
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function Leervragen({ p }: { p: Progress }) {
  const { t } = useTranslation();
  if (p.leervragen.length === 0) return <Text c="dimmed">{t('dashboard.person.leervragenEmpty')}</Text>;
  return (
    <List spacing="xs">
      {p.leervragen.map((l) => (
        <List.Item key={l.id}>
          <Text size="sm">{l.question}</Text>
          <Group gap="xs">
            <Badge variant="outline" size="sm">
              {t(`dashboard.leervraagKind.${l.kind}`)}
            </Badge>
            <Badge variant="light" size="sm" color={l.status === 'BEANTWOORD' ? 'green' : 'blue'}>
              {l.status ? t(`dashboard.leervraagStatus.${l.status}`) : t('dashboard.person.noReflection')}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** /voortgang/mensen/:id: one staff member's progress in detail, with certificates. */
export default function PersonProgressRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: Query, variables: { personId: id }, requestPolicy: 'cache-and-network' });
  const back = (
    <Anchor component={Link} to="/voortgang" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('dashboard.person.back')}
    </Anchor>
  );
  if (error && !data) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <DetailSkeleton />;
  const p = data.personProgress;
  return (
    <Page title={t('dashboard.person.title', { name: p.personName })} before={back}>
      <Text c="dimmed">{p.schools.map((s) => s.name).join(', ')}</Text>
      <Section title={t('dashboard.person.summary')}>
        <Summary p={p} />
      </Section>
      <Section title={t('dashboard.person.hours')}>
        <List spacing={4}>
          {p.ledgers.map((l) => (
            <List.Item key={l.leerjaar.id}>
              {t('dashboard.person.hoursRow', {
                n: l.leerjaar.number,
                hours: formatHours(l.totalHours, i18n.language),
                norm: formatHours(l.norm, i18n.language),
              })}{' '}
              {l.pendingHours > 0 ? t('dashboard.person.hoursPending', { pending: formatHours(l.pendingHours, i18n.language) }) : null}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title={t('dashboard.person.sessions')}>
        <Sessions p={p} />
      </Section>
      <Section title={t('dashboard.person.submissions')}>
        <Submissions p={p} />
      </Section>
      <Section title={t('dashboard.person.scans')}>
        <Scans p={p} />
      </Section>
      <Section title={t('dashboard.person.leervragen')}>
        <Leervragen p={p} />
      </Section>
      {p.checklist.length > 0 ? (
        <Section title={t('dashboard.person.checklist')}>
          <List spacing={4}>
            {p.checklist.map((c) => (
              <List.Item key={c.title}>
                {c.title}: {t('dashboard.checklistCell', { done: c.done, total: c.total })}
              </List.Item>
            ))}
          </List>
        </Section>
      ) : null}
      <Certificates p={p} onChange={() => reexecute({ requestPolicy: 'network-only' })} />
    </Page>
  );
}
