import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, DeclarationStatus } from '@/gql/graphql';

const DECLARATION_COLOURS: Record<DeclarationStatus, string> = {
  INGEDIEND: 'yellow',
  GOEDGEKEURD: 'green',
  AFGEWEZEN: 'red',
};

const ATTENDANCE_COLOURS: Record<AttendanceStatus, string> = {
  AANWEZIG: 'green',
  AFWEZIG_MET_BERICHT: 'orange',
  AFWEZIG_ZONDER_BERICHT: 'red',
  GEDEELTELIJK: 'yellow',
};

export function DeclarationBadge({ status }: { status: DeclarationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={DECLARATION_COLOURS[status]} variant="light">
      {t(`agenda.hours.declarationStatus.${status}`)}
    </Badge>
  );
}

export function AttendanceStatusBadge({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ATTENDANCE_COLOURS[status]} variant="light">
      {t(`agenda.attendance.${status}`)}
    </Badge>
  );
}
