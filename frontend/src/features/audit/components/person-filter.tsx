import { Select } from '@mantine/core';
import type { ComboboxItem, SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { AuditPersonOptionsQuery } from '../api/audit-person-options';

type PersonFilterProps = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  /** The person already chosen (e.g. from a link), so their name shows before any search. */
  initialOption?: ComboboxItem | null;
};

/** One person to filter on, searched on the server by name or e-mail. */
export function PersonFilter({ initialOption = null, ...props }: PersonFilterProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<ComboboxItem | null>(initialOption);
  const [{ data }] = useQuery({ query: AuditPersonOptionsQuery, variables: { search: debounced || null } });
  const results: ComboboxItem[] = (data?.people.nodes ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }));
  // Keep the chosen person among the options while another search runs.
  const options = picked && !results.some((r) => r.value === picked.value) ? [picked, ...results] : results;
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage="—"
      {...props}
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: items }) => items}
      onChange={(value, option) => {
        setPicked(value ? option : null);
        props.onChange?.(value, option);
      }}
    />
  );
}
