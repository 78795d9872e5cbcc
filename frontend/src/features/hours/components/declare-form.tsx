import '@mantine/dates/styles.css';
import 'dayjs/locale/nl';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { DeclarationKind } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { HoursDeclareMutation } from '../api/declare-hours';

dayjs.extend(customParseFormat);

const DECLARATION_KINDS: readonly DeclarationKind[] = ['PRAKTIJKOPDRACHT', 'LITERATUUR', 'INTERVISIE', 'OVERIG'];
const FIELDS = ['leerjaarId', 'kind', 'hours', 'description', 'doneOn'];

interface Values {
  leerjaarId: string | null;
  kind: DeclarationKind | null;
  /** NumberInput hands out a string while the number is incomplete or empty. */
  hours: number | string;
  description: string;
  doneOn: string | null;
}

export interface LeerjaarOption {
  value: string;
  label: string;
}

function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** A deelnemer declares hours spent outside the sessions; an opleider reviews them. */
export function DeclareForm({ leerjaren, defaultLeerjaarId }: { leerjaren: LeerjaarOption[]; defaultLeerjaarId: string | null }) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const [{ fetching }, declare] = useMutation(HoursDeclareMutation);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { leerjaarId: defaultLeerjaarId, kind: null, hours: '', description: '', doneOn: today() },
    validate: {
      leerjaarId: rules.required,
      kind: rules.required,
      hours: (value) => {
        const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
        return value === '' || !Number.isFinite(n) || n <= 0 || n > 100 ? t('reasons.out_of_range') : null;
      },
      description: rules.required,
      doneOn: rules.required,
    },
  });

  const submit = async (values: Values) => {
    const hours = typeof values.hours === 'number' ? values.hours : Number(values.hours.replace(',', '.'));
    const result = await declare({
      input: {
        leerjaarId: values.leerjaarId ?? '',
        kind: values.kind ?? 'OVERIG',
        hours,
        description: values.description.trim(),
        doneOn: values.doneOn ?? '',
      },
    });
    if (result.error) {
      showMutationError(result.error, form, FIELDS);
      return;
    }
    notifySuccess(t('agenda.hours.declared'));
    form.setValues({ kind: null, hours: '', description: '', doneOn: today() });
    form.resetDirty();
  };

  return (
    <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('agenda.hours.leerjaar')} required data={leerjaren} allowDeselect={false} {...form.getInputProps('leerjaarId')} />
            <Select
              label={t('agenda.hours.kind')}
              required
              allowDeselect={false}
              data={DECLARATION_KINDS.map((kind) => ({ value: kind, label: t(`agenda.hours.kinds.${kind}`) }))}
              {...form.getInputProps('kind')}
            />
            <NumberInput
              label={t('agenda.hours.hoursInput')}
              description={t('agenda.hours.hoursHint')}
              required
              min={0}
              max={100}
              step={0.5}
              decimalScale={2}
              decimalSeparator={dutch ? ',' : '.'}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('hours')}
            />
            <DateInput
              label={t('agenda.hours.doneOn')}
              required
              valueFormat="DD-MM-YYYY"
              placeholder={dutch ? 'dd-mm-jjjj' : 'dd-mm-yyyy'}
              maxDate={today()}
              {...form.getInputProps('doneOn')}
            />
          </SimpleGrid>
          <Textarea label={t('agenda.hours.description')} required autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('agenda.hours.declare')}
            </Button>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
