import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '@/components/search-input';
import { AUDIT_ACTIONS, isAuditAction, type AuditFilterValues } from './audit-filter-values';
import { PersonFilter } from './person-filter';

interface AuditFiltersProps {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  /** The name of the person in values.personId when the page was opened with one. */
  personName?: string | null;
}

/** The audit log's filters: action, person, a range of days and free text on the object. */
export function AuditFilters({ values, onChange, personName }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...values, ...patch });
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('audit.filters')}>
      <Select
        label={t('audit.action')}
        placeholder={t('audit.allActions')}
        clearable
        value={values.action}
        onChange={(value) => set({ action: isAuditAction(value) ? value : null })}
        data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
        w={220}
      />
      <PersonFilter
        label={t('audit.person')}
        placeholder={t('audit.anyPerson')}
        value={values.personId}
        initialOption={values.personId && personName ? { value: values.personId, label: personName } : null}
        onChange={(value) => set({ personId: value })}
        w={280}
      />
      <TextInput type="date" label={t('audit.from')} value={values.from} onChange={(e) => set({ from: e.currentTarget.value })} w={170} />
      <TextInput type="date" label={t('audit.to')} value={values.to} onChange={(e) => set({ to: e.currentTarget.value })} w={170} />
      <SearchInput label={t('audit.object')} value={values.object} onChange={(object) => set({ object })} />
    </Group>
  );
}
