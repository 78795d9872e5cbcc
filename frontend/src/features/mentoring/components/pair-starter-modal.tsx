import '@mantine/dates/styles.css';
import 'dayjs/locale/nl';
import { Alert, Badge, Button, Group, Loader, Modal, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { useDropdownEscape } from '@/lib/use-dropdown-escape';
import { rules } from '@/lib/validation';
import { MentoringCreatePairingMutation, MentoringPairableStartersQuery, MentoringSuggestionsQuery } from '../api/pair-starter';
import { MaatjeLimitField } from './maatje-limit-field';

const FIELDS = ['starterId', 'maatjeId', 'startsOn', 'endsOn'];

interface Values {
  starterId: string | null;
  maatjeId: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

function initialValues(): Values {
  const today = dayjs();
  return {
    starterId: null,
    maatjeId: null,
    startsOn: today.format('YYYY-MM-DD'),
    endsOn: today.add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD'),
  };
}

/**
 * "Koppel een maatje": choose a starter, see the ranked suggestions with
 * their reasons, pick one and set the period. The server stores the reasons.
 */
export function PairStarterModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const suggestionsHeading = useId();
  // Escape in an open date picker closes the picker, not the dialog (and the choices in it).
  const startsOnEscape = useDropdownEscape();
  const endsOnEscape = useDropdownEscape();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(),
    validate: { starterId: rules.required, maatjeId: rules.required, startsOn: rules.required, endsOn: rules.required },
    onValuesChange: (values, previous) => {
      if (values.starterId !== previous.starterId && values.maatjeId) form.setFieldValue('maatjeId', null);
    },
  });
  const [starters] = useQuery({ query: MentoringPairableStartersQuery, pause: !opened, requestPolicy: 'cache-and-network' });
  const starterId = form.values.starterId;
  const [suggestions] = useQuery({
    query: MentoringSuggestionsQuery,
    variables: { starterId: starterId ?? '' },
    pause: !opened || !starterId,
    requestPolicy: 'network-only',
  });
  const [{ fetching }, create] = useMutation(MentoringCreatePairingMutation);
  const starter = starters.data?.pairableStarters.find((s) => s.personId === starterId);

  const close = () => {
    form.setValues(initialValues());
    form.clearErrors();
    onClose();
  };

  const submit = async (values: Values) => {
    const result = await create({
      input: { starterId: values.starterId ?? '', maatjeId: values.maatjeId ?? '', startsOn: values.startsOn ?? '', endsOn: values.endsOn ?? '' },
    });
    if (result.error) {
      showMutationError(result.error, form, FIELDS);
      return;
    }
    const p = result.data?.createPairing.pairing;
    notifySuccess(t('mentoring.pair.done', { starter: p?.starter.name ?? '', maatje: p?.maatje.name ?? '' }));
    close();
  };

  const list = suggestions.data?.maatjeSuggestions ?? [];
  return (
    <Modal opened={opened} onClose={close} title={t('mentoring.pair.title')} size="xl">
      <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="md">
            <Select
              label={t('mentoring.pair.starter')}
              placeholder={t('mentoring.pair.starterPlaceholder')}
              required
              searchable
              allowDeselect={false}
              data={(starters.data?.pairableStarters ?? []).map((s) => ({
                value: s.personId,
                label: `${s.name} (${s.schools.join(', ')})${s.paired ? ` – ${t('mentoring.pair.alreadyPaired')}` : ''}`,
                disabled: s.paired,
              }))}
              {...form.getInputProps('starterId')}
            />
            {starterId ? (
              <Stack gap="xs" component="section" aria-labelledby={suggestionsHeading}>
                <Title order={2} size="h4" id={suggestionsHeading}>
                  {t('mentoring.pair.suggestions')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('mentoring.pair.suggestionsIntro')}
                </Text>
                {suggestions.fetching ? (
                  <Group gap="xs" role="status">
                    <Loader size="sm" />
                    <Text size="sm">{t('mentoring.pair.loading')}</Text>
                  </Group>
                ) : null}
                {!suggestions.fetching && suggestions.data && list.length === 0 ? <Alert color="gray">{t('mentoring.pair.noSuggestions')}</Alert> : null}
                <Radio.Group aria-labelledby={suggestionsHeading} {...form.getInputProps('maatjeId')}>
                  <Stack gap="xs">
                    {list.map((s, index) => (
                      <Paper key={s.person.personId} withBorder p="sm" data-testid="maatje-suggestion" data-rank={index + 1}>
                        <Radio
                          value={s.person.personId}
                          disabled={s.full}
                          label={
                            <Group gap="xs">
                              <Text fw={600} data-testid="suggestion-name">
                                {s.person.name}
                              </Text>
                              <Text size="sm" c="dimmed">
                                {s.person.schools.join(', ')}
                              </Text>
                              <Badge variant="light" color={s.full ? 'gray' : 'blue'}>
                                {s.full ? t('mentoring.pair.full') : t('mentoring.pair.score', { score: s.score })}
                              </Badge>
                            </Group>
                          }
                          description={
                            <Group gap={6} mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                              {s.reasons.map((reason) => (
                                <Badge key={reason} component="li" variant="outline" color="gray" tt="none">
                                  {reason}
                                </Badge>
                              ))}
                            </Group>
                          }
                        />
                      </Paper>
                    ))}
                  </Stack>
                </Radio.Group>
              </Stack>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateInput
                label={t('mentoring.pair.startsOn')}
                required
                valueFormat="DD-MM-YYYY"
                placeholder={dutch ? 'dd-mm-jjjj' : 'dd-mm-yyyy'}
                {...form.getInputProps('startsOn')}
                {...startsOnEscape}
              />
              <DateInput
                label={t('mentoring.pair.endsOn')}
                required
                valueFormat="DD-MM-YYYY"
                placeholder={dutch ? 'dd-mm-jjjj' : 'dd-mm-yyyy'}
                {...form.getInputProps('endsOn')}
                {...endsOnEscape}
              />
            </SimpleGrid>
            {starter?.organisationId ? <MaatjeLimitField organisationId={starter.organisationId} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('mentoring.pair.cancel')}
              </Button>
              <Button type="submit" loading={fetching}>
                {t('mentoring.pair.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </DatesProvider>
    </Modal>
  );
}
