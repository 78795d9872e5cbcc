import { Anchor, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Page } from '@/components/page';
import type { PersonFields } from '@/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { InvitePersonMutation } from '../api/invite-person';
import { PersonForm } from '../components/person-form';
import { EMPTY_PERSON } from '../components/person-form-values';

export default function PersonInviteRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching }, invite] = useMutation(InvitePersonMutation);

  const onSubmit = async (person: PersonFields) => {
    const result = await invite({ input: { person } });
    if (result.error) return result.error;
    notifySuccess(t('people.invited'));
    if (result.data) await navigate(`/mensen/${encodeURIComponent(result.data.invitePerson.person.id)}`);
    return undefined;
  };

  return (
    <Page
      title={t('people.inviteTitle')}
      before={
        <Anchor component={Link} to="/mensen" size="sm">
          <IconArrowLeft size={14} aria-hidden /> {t('people.title')}
        </Anchor>
      }
    >
      <Text c="dimmed">{t('people.inviteIntro')}</Text>
      <PersonForm initialValues={EMPTY_PERSON} onSubmit={onSubmit} submitting={fetching} submitLabel={t('people.sendInvite')} />
    </Page>
  );
}
