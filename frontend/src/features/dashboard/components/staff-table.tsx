import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgressRowFieldsFragment } from '@/gql/graphql';
import { AssignmentsCell, AttendanceCell, ChecklistCell, HoursCell, LeervragenCell, ScanCell } from './progress-cells';

interface StaffTableProps {
  rows: readonly ProgressRowFieldsFragment[];
  caption: string;
  /** Show the school column (a directie with one school does not need it). */
  showSchool?: boolean;
  /** Show the leergang column (the group overview of one leergang does not need it). */
  showLeergang?: boolean;
}

/** One row per person per leergang; the name opens the person page. */
export function StaffTable({ rows, caption, showSchool = true, showLeergang = true }: StaffTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top" data-testid="staff-table">
        <Table.Caption>
          <Text size="sm" c="dimmed" ta="left">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.col.name')}</Table.Th>
            {showSchool ? <Table.Th scope="col">{t('dashboard.col.school')}</Table.Th> : null}
            {showLeergang ? <Table.Th scope="col">{t('dashboard.col.leergang')}</Table.Th> : null}
            <Table.Th scope="col">{t('dashboard.col.attendance')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.hours')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.assignments')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.scan')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.leervragen')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.checklist')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.personId}-${r.leergangId}`}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/voortgang/mensen/${r.personId}`}>
                  {r.personName}
                </Anchor>
              </Table.Th>
              {showSchool ? <Table.Td>{r.schools.map((s) => s.name).join(', ')}</Table.Td> : null}
              {showLeergang ? (
                <Table.Td>
                  <Text size="sm">{r.leergangName}</Text>
                  {r.leerjaarNumber ? (
                    <Text size="xs" c="dimmed">
                      {t('dashboard.leerjaarN', { n: r.leerjaarNumber })}
                    </Text>
                  ) : null}
                </Table.Td>
              ) : null}
              <Table.Td>
                <AttendanceCell row={r} />
              </Table.Td>
              <Table.Td>
                <HoursCell row={r} />
              </Table.Td>
              <Table.Td>
                <AssignmentsCell row={r} />
              </Table.Td>
              <Table.Td>
                <ScanCell row={r} />
              </Table.Td>
              <Table.Td>
                <LeervragenCell row={r} />
              </Table.Td>
              <Table.Td>
                <ChecklistCell row={r} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
