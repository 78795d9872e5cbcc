import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GrowthQuery } from '@/gql/graphql';
import { momentPeriod, scanLink } from '../utils/format';

type GrowthMoment = GrowthQuery['growth']['moments'][number];

interface MomentsTableProps {
  moments: readonly GrowthMoment[];
  /** Set when the viewer looks at someone else's growth. */
  personId: string | null;
}

/** The scan moments with the viewer's own scan status and a button to fill in, continue or view it. */
export function MomentsTable({ moments, personId }: MomentsTableProps) {
  const { t } = useTranslation();
  if (moments.length === 0) return <Text c="dimmed">{t('growth.moments.none')}</Text>;
  return (
    <Table striped withTableBorder aria-label={t('growth.moments.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('growth.moments.moment')}</Table.Th>
          <Table.Th scope="col">{t('growth.moments.period')}</Table.Th>
          <Table.Th scope="col">{t('growth.moments.status')}</Table.Th>
          <Table.Th scope="col">{t('growth.moments.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {moments.map((gm) => (
          <MomentRow key={gm.moment.id} gm={gm} personId={personId} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function MomentRow({ gm, personId }: { gm: GrowthMoment; personId: string | null }) {
  const { t } = useTranslation();
  const m = gm.moment;
  const mine = gm.myScan;
  let status = <Badge color="gray" variant="light">{t('growth.moments.notStarted')}</Badge>;
  if (!m.isOpen) status = <Badge color="gray" variant="outline">{t('growth.moments.notOpen')}</Badge>;
  if (mine?.status === 'CONCEPT') status = <Badge color="yellow" variant="light">{t('growth.moments.concept')}</Badge>;
  if (mine?.status === 'AFGEROND') status = <Badge color="green" variant="light">{t('growth.moments.finished')}</Badge>;
  let label: string | null = null;
  if (gm.myRole && m.isOpen) {
    if (!mine) label = personId ? t('growth.moments.rate') : t('growth.moments.fillIn');
    else label = mine.status === 'CONCEPT' ? t('growth.moments.continue') : t('growth.moments.view');
  }
  return (
    <Table.Tr>
      <Table.Th scope="row">{m.title}</Table.Th>
      <Table.Td>{momentPeriod(m, t)}</Table.Td>
      <Table.Td>{gm.myRole ? status : '–'}</Table.Td>
      <Table.Td>
        {label ? (
          <Button component={Link} to={scanLink(m.id, personId)} size="xs" variant={mine?.status === 'AFGEROND' ? 'default' : 'filled'}
            aria-label={`${label}: ${m.title}`}>
            {label}
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
