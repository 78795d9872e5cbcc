import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { GrowthScanMomentFragment, ScanMomentKind } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { useDropdownEscape } from '@/lib/use-dropdown-escape';
import { DateField } from '@/features/leergangen/components/date-field';
import { CreateScanMomentMutation, UpdateScanMomentMutation } from '../api/moments';

/** The fields the server may name in an error, in the order of the form. */
const FIELDS = ['title', 'kind', 'leerjaarId', 'opensOn', 'closesOn'] as const;

interface MomentValues {
  kind: ScanMomentKind;
  leerjaarId: string | null;
  title: string;
  opensOn: string | null;
  closesOn: string | null;
  askMaatje: boolean;
  askDirectie: boolean;
}

const EMPTY: MomentValues = { kind: 'EXTRA', leerjaarId: null, title: '', opensOn: null, closesOn: null, askMaatje: false, askDirectie: false };

function valuesOf(moment: GrowthScanMomentFragment | undefined): MomentValues {
  if (!moment) return EMPTY;
  return {
    kind: moment.kind,
    leerjaarId: moment.leerjaar?.id ?? null,
    title: moment.title,
    opensOn: moment.opensOn,
    closesOn: moment.closesOn ?? null,
    askMaatje: moment.askMaatje,
    askDirectie: moment.askDirectie,
  };
}

interface MomentFormProps {
  leergangId: string;
  leerjaren: ReadonlyArray<{ id: string; number: number }>;
  /** The moment to edit; leave out to add a new one. */
  moment?: GrowthScanMomentFragment;
  /** After a successful save. */
  onDone: () => void;
  /** Shows an Annuleren button (the edit dialog). */
  onCancel?: () => void;
}

/**
 * Adds a scan moment to a leergang or edits one; the server checks the dates
 * and the leerjaar, and its Dutch messages appear next to the fields (the
 * first field with an error gets the focus).
 */
export function MomentForm({ leergangId, leerjaren, moment, onDone, onCancel }: MomentFormProps) {
  const { t } = useTranslation();
  const [{ fetching: creating }, create] = useMutation(CreateScanMomentMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateScanMomentMutation);
  const form = useForm<MomentValues>({
    // Two of these forms can be on the page at once (new and edit): their data-path must differ.
    name: moment ? `scan-moment-${moment.id}` : 'new-scan-moment',
    mode: 'controlled',
    initialValues: valuesOf(moment),
  });

  async function onSubmit(v: MomentValues) {
    const fields = { kind: v.kind, leerjaarId: v.leerjaarId, title: v.title, opensOn: v.opensOn ?? '', closesOn: v.closesOn, askMaatje: v.askMaatje, askDirectie: v.askDirectie };
    const res = moment ? await update({ input: { id: moment.id, moment: fields } }) : await create({ input: { leergangId, moment: fields } });
    if (res.error) {
      const erred = new Set<string>();
      const target = {
        setFieldError: (path: string, message: string) => {
          erred.add(path);
          form.setFieldError(path, message);
        },
      };
      showMutationError(res.error, target, FIELDS);
      const first = FIELDS.find((f) => erred.has(f));
      if (first) form.getInputNode(first)?.focus();
      return;
    }
    notifySuccess(moment ? t('growth.leergangPage.momentUpdated') : t('growth.leergangPage.momentAdded'));
    if (!moment) form.reset();
    onDone();
  }

  return (
    <form onSubmit={form.onSubmit((v) => void onSubmit(v))} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: moment ? 2 : 3 }}>
          <TextInput label={t('growth.leergangPage.momentTitle')} required data-autofocus={moment ? true : undefined} {...form.getInputProps('title')} />
          <Select
            label={t('growth.leergangPage.kind')}
            allowDeselect={false}
            data={(['START', 'EIND_LEERJAAR', 'EXTRA'] as const).map((k) => ({ value: k, label: t(`growth.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('growth.leergangPage.leerjaar')}
            clearable
            data={leerjaren.map((lj) => ({ value: lj.id, label: t('growth.leergangPage.leerjaarNumber', { number: lj.number }) }))}
            {...form.getInputProps('leerjaarId')}
          />
          <MomentDateField label={t('growth.leergangPage.opensOn')} required {...form.getInputProps('opensOn')} />
          <MomentDateField label={t('growth.leergangPage.closesOn')} clearable {...form.getInputProps('closesOn')} />
        </SimpleGrid>
        <Group>
          <Checkbox label={t('growth.leergangPage.askMaatje')} {...form.getInputProps('askMaatje', { type: 'checkbox' })} />
          <Checkbox label={t('growth.leergangPage.askDirectie')} {...form.getInputProps('askDirectie', { type: 'checkbox' })} />
        </Group>
        <Group justify={onCancel ? 'flex-end' : 'flex-start'}>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={creating || updating}>
            {moment ? t('growth.leergangPage.saveMoment') : t('growth.leergangPage.addMoment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A date field whose Escape closes only its open calendar, not the dialog around it. */
function MomentDateField(props: ComponentProps<typeof DateField>) {
  const escape = useDropdownEscape(props.popoverProps);
  return <DateField {...props} {...escape} />;
}
