import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchoolProgressQuery } from '@/gql/graphql';
import { formatPercent } from '../lib/progress';

type SchoolRow = SchoolProgressQuery['schoolProgress'][number];

/** The dashboard per school; the name drills down to the school's staff. */
export function SchoolsTable({ schools, caption }: { schools: readonly SchoolRow[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top" data-testid="schools-table">
        <Table.Caption>
          <Text size="sm" c="dimmed" ta="left">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.col.school')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.brin')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.people')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.attendance')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.hoursOnTrack')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.assignments')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.checklist')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schools.map((s) => (
            <Table.Tr key={s.schoolId}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/voortgang/scholen/${s.schoolId}`}>
                  {s.schoolName}
                </Anchor>
              </Table.Th>
              <Table.Td>{s.brin}</Table.Td>
              <Table.Td>{s.people}</Table.Td>
              <Table.Td>{formatPercent(s.attendancePct, i18n.language)}</Table.Td>
              <Table.Td>{s.enrolments ? t('dashboard.checklistCell', { done: s.hoursOnTrack, total: s.enrolments }) : t('dashboard.noValue')}</Table.Td>
              <Table.Td>
                {s.assignmentsTotal
                  ? t('dashboard.assignmentsCell', { submitted: s.assignmentsDone, total: s.assignmentsTotal })
                  : t('dashboard.noValue')}
              </Table.Td>
              <Table.Td>{s.checklistTotal ? t('dashboard.checklistCell', { done: s.checklistDone, total: s.checklistTotal }) : t('dashboard.noValue')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
