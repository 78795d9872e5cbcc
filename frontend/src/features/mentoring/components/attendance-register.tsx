import { Button, Group, NumberInput, Select, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { AttendanceStatus } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { IntervisieRegisterAttendanceMutation } from '../api/intervisie';

const STATUSES: readonly AttendanceStatus[] = ['AANWEZIG', 'AFWEZIG_MET_BERICHT', 'AFWEZIG_ZONDER_BERICHT', 'GEDEELTELIJK'];

interface Row {
  status: AttendanceStatus | null;
  minutes: number | string;
}

/** The facilitator's attendance register of one meeting: a status per member, minutes when partly present. */
export function AttendanceRegister({
  meetingId,
  members,
  attendance,
}: {
  meetingId: string;
  members: readonly { personId: string; name: string }[];
  attendance: readonly { personId: string; status: AttendanceStatus; minutes: number | null }[];
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(
      members.map((m) => {
        const a = attendance.find((x) => x.personId === m.personId);
        return [m.personId, { status: a?.status ?? null, minutes: a?.minutes ?? '' }];
      }),
    ),
  );
  const [{ fetching }, register] = useMutation(IntervisieRegisterAttendanceMutation);
  const set = (personId: string, row: Partial<Row>) => setRows((current) => ({ ...current, [personId]: { ...current[personId], ...row } as Row }));

  const save = async () => {
    const entries = members.flatMap((m) => {
      const row = rows[m.personId];
      if (!row?.status) return [];
      return [{ personId: m.personId, status: row.status, minutes: row.status === 'GEDEELTELIJK' ? Number(row.minutes) || 0 : null }];
    });
    const result = await register({ input: { meetingId, entries } }, { additionalTypenames: ['HoursLedger'] });
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('mentoring.intervisie.attendanceSaved'));
  };

  return (
    <Stack gap="xs">
      <Table aria-label={t('mentoring.intervisie.attendance')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('mentoring.intervisie.members')}</Table.Th>
            <Table.Th scope="col">{t('mentoring.intervisie.attendance')}</Table.Th>
            <Table.Th scope="col">{t('mentoring.intervisie.minutes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => {
            const row = rows[m.personId];
            return (
              <Table.Tr key={m.personId}>
                <Table.Th scope="row" fw={400}>
                  {m.name}
                </Table.Th>
                <Table.Td>
                  <Select
                    aria-label={`${t('mentoring.intervisie.attendance')} ${m.name}`}
                    placeholder={t('mentoring.intervisie.notRegistered')}
                    data={STATUSES.map((s) => ({ value: s, label: t(`mentoring.intervisie.status.${s}`) }))}
                    value={row?.status ?? null}
                    onChange={(value) => set(m.personId, { status: value })}
                  />
                </Table.Td>
                <Table.Td>
                  {row?.status === 'GEDEELTELIJK' ? (
                    <NumberInput
                      aria-label={`${t('mentoring.intervisie.minutes')} ${m.name}`}
                      min={1}
                      allowDecimal={false}
                      value={row.minutes}
                      onChange={(value) => set(m.personId, { minutes: value })}
                      w={120}
                    />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group>
        <Button onClick={() => void save()} loading={fetching}>
          {t('mentoring.intervisie.registerAttendance')}
        </Button>
      </Group>
    </Stack>
  );
}
