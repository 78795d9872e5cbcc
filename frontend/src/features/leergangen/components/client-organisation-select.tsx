import { Select } from '@mantine/core';
import type { SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ClientOrganisationsQuery } from '../api/client-organisations';

type ClientOrganisationSelectProps = Omit<SelectProps, 'data'>;

/** The client of a leergang: a bestuur or a samenwerkingsverband, never the academy. */
export function ClientOrganisationSelect(props: ClientOrganisationSelectProps) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: ClientOrganisationsQuery });
  const groups = useMemo(() => {
    const item = (o: { id: string; name: string; plaats: string }) => ({ value: o.id, label: o.plaats ? `${o.name} (${o.plaats})` : o.name });
    return [
      { group: t('kinds.BESTUUR'), items: (data?.besturen.nodes ?? []).map(item) },
      { group: t('kinds.SAMENWERKINGSVERBAND'), items: (data?.samenwerkingsverbanden.nodes ?? []).map(item) },
    ].filter((g) => g.items.length > 0);
  }, [data, t]);
  return <Select searchable nothingFoundMessage="—" {...props} data={groups} disabled={props.disabled ?? (fetching && !data)} />;
}
