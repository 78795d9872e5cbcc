import { Select } from '@mantine/core';
import type { SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { OrganisationOptionsQuery } from './api/organisation-options';

type OrganisationSelectProps = Omit<SelectProps, 'data'>;

/** Picks one organisation (the first 100 by name; searchable). */
export function OrganisationSelect(props: OrganisationSelectProps) {
  const [{ data, fetching }] = useQuery({ query: OrganisationOptionsQuery });
  const options = useMemo(
    () =>
      (data?.organisations.nodes ?? []).map((o) => ({
        value: o.id,
        label: o.plaats ? `${o.name} (${o.plaats})` : o.name,
      })),
    [data],
  );
  return <Select searchable nothingFoundMessage="—" {...props} data={options} disabled={props.disabled ?? (fetching && !data)} />;
}
