import { Anchor } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Page } from '@/components/page';
import { notifySuccess } from '@/lib/notify';
import { CreateSchoolMutation } from '../api/create-school';
import { SchoolForm } from '../components/school-form';
import { EMPTY_SCHOOL } from '../components/school-form-values';
import type { SchoolInputFields } from '../components/school-form-values';

export default function SchoolNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching }, create] = useMutation(CreateSchoolMutation);

  const onSubmit = async (input: SchoolInputFields) => {
    const result = await create({ input });
    if (result.error) return result.error;
    notifySuccess(t('schools.created'));
    if (result.data) await navigate(`/scholen/${encodeURIComponent(result.data.createSchool.school.id)}`);
    return undefined;
  };

  return (
    <Page
      title={t('schools.new')}
      before={
        <Anchor component={Link} to="/scholen" size="sm">
          <IconArrowLeft size={14} aria-hidden /> {t('schools.title')}
        </Anchor>
      }
    >
      <SchoolForm initialValues={EMPTY_SCHOOL} onSubmit={onSubmit} submitting={fetching} submitLabel={t('common.save')} />
    </Page>
  );
}
