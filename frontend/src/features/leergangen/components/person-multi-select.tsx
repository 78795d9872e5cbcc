import { MultiSelect } from '@mantine/core';
import type { ComboboxItem, MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Role } from '@/gql/graphql';
import { PersonOptionsQuery } from '../api/person-options';

export interface PersonOption {
  id: string;
  name: string;
  schools?: readonly { name: string }[];
}

function toItem(person: PersonOption): ComboboxItem {
  const schools = person.schools?.map((s) => s.name).join(', ');
  return { value: person.id, label: schools ? `${person.name} (${schools})` : person.name };
}

function unique(items: ComboboxItem[]): ComboboxItem[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.value) ? false : (seen.add(item.value), true)));
}

type PersonMultiSelectProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string[];
  onChange: (value: string[]) => void;
  /** Only people with this role. */
  role?: Role;
  /** Only people of this organisation (its own staff and the staff of its schools). */
  organisationId?: string | null;
  /** The people already chosen, so their names show before any search. */
  initialOptions?: readonly PersonOption[];
};

/** Several people, searched on the server as the person types. */
export function PersonMultiSelect({ value, onChange, role, organisationId, initialOptions = [], ...props }: PersonMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: PersonOptionsQuery,
    variables: { role: role ?? null, organisationId: organisationId ?? null, search: debounced || null },
  });
  const [picked, setPicked] = useState<ComboboxItem[]>(() => initialOptions.map(toItem));
  const results = (data?.people.nodes ?? []).map(toItem);
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
      nothingFoundMessage={fetching ? t('app.loading') : t('leergangen.form.nobodyFound')}
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
