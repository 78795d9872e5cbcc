import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock, IconLockOpen, IconMailForward, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PersonAvgActions } from '@/features/audit/components/person-avg-actions';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import type { PersonDetailFieldsFragment, PersonFields } from '@/gql/graphql';
import { useIsBeheerder } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { formatDate, formatFactor } from '@/lib/format';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { PersonQuery } from '../api/person';
import { ResendInvitationMutation } from '../api/resend-invitation';
import { SetPersonDisabledMutation } from '../api/set-person-disabled';
import { UpdatePersonMutation } from '../api/update-person';
import { StarterBadge, StatusBadge } from '../components/person-badges';
import { PersonForm } from '../components/person-form';
import type { PersonFormValues } from '../components/person-form-values';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}

function toFormValues(p: PersonDetailFieldsFragment): PersonFormValues {
  return {
    name: p.name,
    email: p.email,
    phone: p.phone,
    roles: p.roles,
    schoolIds: p.schools.map((s) => s.id),
    organisationId: p.organisation?.id ?? null,
    function: p.function,
    werktijdfactor: p.werktijdfactor ?? '',
    bouw: p.bouw,
    ibStartDate: p.ibStartDate,
  };
}

function PersonFacts({ person }: { person: PersonDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const deelnemer = person.roles.includes('DEELNEMER');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="md">
      <Fact label={t('people.email')} value={person.email} />
      <Fact label={t('people.phone')} value={person.phone || none} />
      <Fact label={t('people.roles')} value={person.roles.map((r) => t(`roles.${r}`)).join(', ')} />
      <Fact label={t('people.organisation')} value={person.organisation?.name ?? none} />
      <Fact label={t('people.schools')} value={person.schools.map((s) => s.name).join(', ') || none} />
      {deelnemer ? (
        <>
          <Fact label={t('people.function')} value={person.function ? t(`functions.${person.function}`) : none} />
          <Fact
            label={t('people.werktijdfactor')}
            value={person.werktijdfactor === null ? none : formatFactor(person.werktijdfactor, i18n.language)}
          />
          <Fact label={t('people.bouw')} value={person.bouw ? t(`bouw.${person.bouw}`) : none} />
          <Fact label={t('people.ibStartDate')} value={person.ibStartDate ? formatDate(person.ibStartDate, i18n.language) : none} />
        </>
      ) : null}
    </SimpleGrid>
  );
}

export default function PersonDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const canEdit = useIsBeheerder();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PersonQuery, variables: { id } });
  const [{ fetching: saving }, update] = useMutation(UpdatePersonMutation);
  const [{ fetching: toggling }, setDisabled] = useMutation(SetPersonDisabledMutation);
  const [{ fetching: resending }, resend] = useMutation(ResendInvitationMutation);
  const [editing, setEditing] = useState(false);
  const [confirmToggle, setConfirmToggle] = useState(false);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('people.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('people.notFound')} />;
  }

  const back = (
    <Anchor component={Link} to="/mensen" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('people.title')}
    </Anchor>
  );
  const person = data?.person;
  if (!person) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  const disabled = person.status === 'DISABLED';

  const onSubmit = async (fields: PersonFields) => {
    const result = await update({ input: { id: person.id, person: fields } });
    if (result.error) return result.error;
    notifySuccess(t('common.saved'));
    setEditing(false);
    return undefined;
  };

  const onToggleDisabled = async () => {
    const result = await setDisabled({ input: { id: person.id, disabled: !disabled } });
    setConfirmToggle(false);
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(disabled ? t('people.enabled') : t('people.disabled'));
  };

  const onResend = async () => {
    const result = await resend({ input: { id: person.id } });
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('people.resent'));
  };

  return (
    <Page
      title={person.name}
      before={back}
      titleExtra={
        <Group gap="xs">
          <StatusBadge status={person.status} />
          {person.isStarter ? <StarterBadge /> : null}
        </Group>
      }
      actions={
        canEdit ? (
          <>
            {person.status === 'INVITED' ? (
              <Button variant="default" leftSection={<IconMailForward size={18} aria-hidden />} loading={resending} onClick={() => void onResend()}>
                {t('people.resend')}
              </Button>
            ) : null}
            <Button
              variant="default"
              color={disabled ? undefined : 'red'}
              leftSection={disabled ? <IconLockOpen size={18} aria-hidden /> : <IconLock size={18} aria-hidden />}
              onClick={() => setConfirmToggle(true)}
            >
              {disabled ? t('people.enable') : t('people.disable')}
            </Button>
            {!editing ? (
              <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            ) : null}
          </>
        ) : null
      }
    >
      <Card withBorder padding="lg" component="section" aria-labelledby="person-profile">
        <Stack gap="md">
          <Title order={2} size="h3" id="person-profile">
            {editing ? t('people.editTitle') : t('people.profile')}
          </Title>
          {editing && canEdit ? (
            <PersonForm
              key={person.id}
              initialValues={toFormValues(person)}
              initialSchools={person.schools}
              onSubmit={onSubmit}
              submitting={saving}
              submitLabel={t('common.save')}
              extraActions={
                <Button variant="default" onClick={() => setEditing(false)}>
                  {t('common.cancel')}
                </Button>
              }
            />
          ) : (
            <PersonFacts person={person} />
          )}
        </Stack>
      </Card>
      {canEdit ? <PersonAvgActions person={person} /> : null}
      <ConfirmDialog
        opened={confirmToggle}
        title={disabled ? t('people.enableTitle') : t('people.disableTitle')}
        message={disabled ? t('people.enableConfirm', { name: person.name }) : t('people.disableConfirm', { name: person.name })}
        confirmLabel={disabled ? t('people.enable') : t('people.disable')}
        danger={!disabled}
        loading={toggling}
        onConfirm={() => void onToggleDisabled()}
        onClose={() => setConfirmToggle(false)}
      />
    </Page>
  );
}
