import { MultiSelect, Select } from '@mantine/core';
import type { ComboboxItem, MultiSelectProps, SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { SchoolOptionsQuery } from './api/school-options';

export interface SchoolOption {
  id: string;
  name: string;
  plaats?: string;
}

function toItem(school: SchoolOption): ComboboxItem {
  return { value: school.id, label: school.plaats ? `${school.name} (${school.plaats})` : school.name };
}

function unique(items: ComboboxItem[]): ComboboxItem[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.value) ? false : (seen.add(item.value), true)));
}

/** Schools matching what the person types, asked from the server (debounced). */
function useSchoolSearch() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: SchoolOptionsQuery,
    variables: { search: debounced || null },
  });
  const results = (data?.schools.nodes ?? []).map(toItem);
  return { search, setSearch, results, fetching };
}

type SchoolMultiSelectProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string[];
  onChange: (value: string[]) => void;
  /** The currently linked schools, so their names show before any search. */
  initialOptions?: SchoolOption[];
};

/** Several schools, searched on the server so more than one page of schools works. */
export function SchoolMultiSelect({ value, onChange, initialOptions = [], ...props }: SchoolMultiSelectProps) {
  const { search, setSearch, results } = useSchoolSearch();
  const [picked, setPicked] = useState<ComboboxItem[]>(() => initialOptions.map(toItem));
  const options = unique([...picked.filter((item) => value.includes(item.value)), ...results]);

  const handleChange = (next: string[]) => {
    setPicked((current) => unique([...current, ...options]).filter((item) => next.includes(item.value)));
    onChange(next);
  };

  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions={false}
      nothingFoundMessage="—"
      {...props}
      data={options}
      value={value}
      onChange={handleChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: items }) => items}
    />
  );
}

type SchoolSelectProps = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange'>;

/** One school (a filter), searched on the server. */
export function SchoolSelect(props: SchoolSelectProps) {
  const { results } = useSchoolSearch();
  return <Select searchable clearable nothingFoundMessage="—" {...props} data={results} />;
}
