import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

/** The search field above a list; the list debounces the value itself. */
export function SearchInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <TextInput
      type="search"
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      miw={240}
      style={{ flex: 1 }}
    />
  );
}
