import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { OrganisationSelect } from '@/components/organisation-select';
import { Page } from '@/components/page';
import { hasRole, useViewer } from '@/lib/auth';
import { DashboardLeergangenQuery } from '../api/dashboard-options';
import { SchoolsProgress } from '../components/schools-progress';
import { StaffProgress } from '../components/staff-progress';

/** Academy staff choose a leergang (group overview) or an organisation (its schools). */
function AcademyChooser() {
  const { t } = useTranslation();
  const headingId = useId();
  const [leergang, setLeergang] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: DashboardLeergangenQuery });
  const options = (data?.leergangen.nodes ?? []).map((l) => ({ value: l.id, label: l.name }));
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
        <Title order={2} size="h4" id={headingId} mb="sm">
          {t('dashboard.pickLeergang')}
        </Title>
        <Group align="end">
          <Select
            label={t('dashboard.pickLeergang')}
            placeholder={t('dashboard.pickLeergangPlaceholder')}
            data={options}
            value={leergang}
            onChange={setLeergang}
            searchable
            w={360}
          />
          <Button component={Link} to={leergang ? `/leergangen/${leergang}/overzicht` : '#'} disabled={!leergang}>
            {t('dashboard.openGroup')}
          </Button>
        </Group>
      </Paper>
      <OrganisationSelect
        label={t('dashboard.pickOrganisation')}
        placeholder={t('dashboard.pickOrganisationPlaceholder')}
        value={organisation}
        onChange={setOrganisation}
        w={360}
      />
      {organisation ? <SchoolsProgress organisationId={organisation} caption={t('dashboard.intro.bestuur')} /> : null}
    </Stack>
  );
}

/**
 * /voortgang: a directie sees their staff; a bestuur all schools side by
 * side (and drills down); academy staff choose a leergang or organisation.
 */
export default function DashboardRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const academy = hasRole(viewer, 'BEHEERDER') || hasRole(viewer, 'OPLEIDER');
  const bestuur = hasRole(viewer, 'BESTUUR');
  const directie = hasRole(viewer, 'DIRECTIE');
  const intro = academy ? t('dashboard.intro.academy') : bestuur ? t('dashboard.intro.bestuur') : t('dashboard.intro.directie');
  return (
    <Page title={t('dashboard.title')}>
      <Text c="dimmed">{intro}</Text>
      {academy ? <AcademyChooser /> : null}
      {!academy && bestuur ? <SchoolsProgress caption={t('dashboard.intro.bestuur')} /> : null}
      {!academy && !bestuur && directie ? (
        <StaffProgress caption={t('dashboard.intro.directie')} showSchool={viewer.person.schools.length > 1} />
      ) : null}
    </Page>
  );
}
