import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttendanceStatus, HoursLedgerFieldsFragment } from '@/gql/graphql';
import { formatDate } from '@/lib/format';
import { HoursProgress } from './hours-progress';
import { formatHours } from './progress';
import { AttendanceStatusBadge, DeclarationBadge } from './status-badges';

/** "9 mrt 2027" for the start of a session, in Dutch time. */
function sessionDay(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(date);
}

interface CreditedAttendanceRow {
  key: string;
  what: ReactNode;
  startsAt: string;
  hours: number;
  status: AttendanceStatus;
}

/** Attended sessions or intervisie meetings with the hours they credit. */
function CreditedAttendanceTable({ whatHeader, rows }: { whatHeader: string; rows: CreditedAttendanceRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{whatHeader}</Table.Th>
            <Table.Th>{t('agenda.hours.date')}</Table.Th>
            <Table.Th ta="right">{t('agenda.hours.hoursColumn')}</Table.Th>
            <Table.Th>{t('agenda.hours.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{row.what}</Table.Td>
              <Table.Td>{sessionDay(row.startsAt, i18n.language)}</Table.Td>
              <Table.Td ta="right">{formatHours(row.hours, i18n.language)}</Table.Td>
              <Table.Td>
                <AttendanceStatusBadge status={row.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One leerjaar of a deelnemer: progress against the norm, sessions and declarations. */
export function LedgerCard({ ledger, personName }: { ledger: HoursLedgerFieldsFragment; personName: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const titleId = `ledger-${ledger.leerjaar.id}`;
  const title = t('agenda.hours.ledgerTitle', { leergang: ledger.leergang.name, number: ledger.leerjaar.number });
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="lg">
        <Title order={2} size="h3" id={titleId}>
          {title}
        </Title>
        <HoursProgress totals={ledger} label={t('agenda.hours.progressLabel', { name: `${personName}, ${title}` })} />

        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('agenda.hours.entries')}
          </Title>
          {ledger.entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('agenda.hours.entriesEmpty')}
            </Text>
          ) : (
            <CreditedAttendanceTable
              whatHeader={t('agenda.hours.session')}
              rows={ledger.entries.map((entry) => ({
                key: entry.session.id,
                what: (
                  <Anchor component={Link} to={`/sessies/${encodeURIComponent(entry.session.id)}`}>
                    {entry.session.title}
                  </Anchor>
                ),
                startsAt: entry.session.startsAt,
                hours: entry.hours,
                status: entry.status,
              }))}
            />
          )}
        </Stack>

        {ledger.intervisieEntries.length > 0 ? (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('mentoring.hours.intervisie')}
            </Title>
            <Text size="sm">{t('mentoring.hours.intervisieHours', { hours: formatHours(ledger.intervisieHours, lang) })}</Text>
            <CreditedAttendanceTable
              whatHeader={t('mentoring.intervisie.title')}
              rows={ledger.intervisieEntries.map((entry) => ({
                key: entry.meetingId,
                what: entry.groupName,
                startsAt: entry.startsAt,
                hours: entry.hours,
                status: entry.status,
              }))}
            />
          </Stack>
        ) : null}

        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('agenda.hours.declarations')}
          </Title>
          {ledger.declarations.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('agenda.hours.declarationsEmpty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('agenda.hours.doneOn')}</Table.Th>
                    <Table.Th>{t('agenda.hours.kind')}</Table.Th>
                    <Table.Th ta="right">{t('agenda.hours.hoursColumn')}</Table.Th>
                    <Table.Th>{t('agenda.hours.description')}</Table.Th>
                    <Table.Th>{t('agenda.hours.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ledger.declarations.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.doneOn, lang)}</Table.Td>
                      <Table.Td>{t(`agenda.hours.kinds.${d.kind}`)}</Table.Td>
                      <Table.Td ta="right">{formatHours(d.hours, lang)}</Table.Td>
                      <Table.Td>
                        {d.description}
                        {d.reviewNote ? (
                          <Text size="xs" c="dimmed" mt={2}>
                            {t('agenda.hours.reviewNote')}: {d.reviewNote}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <DeclarationBadge status={d.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
