import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ScanMomentKind } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { DateField } from '@/features/leergangen/components/date-field';
import { CreateScanMomentMutation } from '../api/moments';

const FIELDS = ['kind', 'leerjaarId', 'title', 'opensOn', 'closesOn'] as const;

interface MomentValues {
  kind: ScanMomentKind;
  leerjaarId: string | null;
  title: string;
  opensOn: string | null;
  closesOn: string | null;
  askMaatje: boolean;
  askDirectie: boolean;
}

/** Adds a scan moment to a leergang; the server checks the dates and the leerjaar. */
export function MomentForm({ leergangId, leerjaren, onDone }: { leergangId: string; leerjaren: ReadonlyArray<{ id: string; number: number }>; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, create] = useMutation(CreateScanMomentMutation);
  const form = useForm<MomentValues>({
    mode: 'controlled',
    initialValues: { kind: 'EXTRA', leerjaarId: null, title: '', opensOn: null, closesOn: null, askMaatje: false, askDirectie: false },
  });
  async function onSubmit(v: MomentValues) {
    const res = await create({
      input: {
        leergangId,
        moment: { kind: v.kind, leerjaarId: v.leerjaarId, title: v.title, opensOn: v.opensOn ?? '', closesOn: v.closesOn, askMaatje: v.askMaatje, askDirectie: v.askDirectie },
      },
    });
    if (res.error) {
      showMutationError(res.error, form, FIELDS);
      return;
    }
    notifySuccess(t('growth.leergangPage.momentAdded'));
    form.reset();
    onDone();
  }
  return (
    <form onSubmit={form.onSubmit((v) => void onSubmit(v))} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('growth.leergangPage.momentTitle')} required {...form.getInputProps('title')} />
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
          <DateField label={t('growth.leergangPage.opensOn')} required {...form.getInputProps('opensOn')} />
          <DateField label={t('growth.leergangPage.closesOn')} clearable {...form.getInputProps('closesOn')} />
        </SimpleGrid>
        <Group>
          <Checkbox label={t('growth.leergangPage.askMaatje')} {...form.getInputProps('askMaatje', { type: 'checkbox' })} />
          <Checkbox label={t('growth.leergangPage.askDirectie')} {...form.getInputProps('askDirectie', { type: 'checkbox' })} />
        </Group>
        <Group>
          <Button type="submit" loading={fetching}>
            {t('growth.leergangPage.addMoment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
