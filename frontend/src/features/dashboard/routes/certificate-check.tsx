import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatDate } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { CertificateCheckQuery } from '../api/certificate-check';
import { formatHours } from '../lib/progress';

/** /certificaat/:code: the public check of a bewijs van deelname, for anyone. */
export default function CertificateCheckRoute() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  usePageTitle(t('dashboard.check.title'));
  const [{ data, error }] = useQuery({ query: CertificateCheckQuery, variables: { code } });
  const c = data?.certificateCheck;
  return (
    <Paper withBorder p="xl" radius="md" maw={560} mx="auto">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('dashboard.check.title')}
        </Title>
        {error && !data ? <QueryError error={error} /> : null}
        {!data && !error ? <DetailSkeleton /> : null}
        {c?.status === 'GELDIG' ? (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('dashboard.check.valid')} role="status">
            <Stack gap="sm">
              <Text size="sm">{t('dashboard.check.validText')}</Text>
              <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' }} data-testid="certificate-facts">
                <dt>{t('dashboard.check.name')}</dt>
                <dd style={{ margin: 0, fontWeight: 600 }}>{c.personName}</dd>
                <dt>{t('dashboard.check.leergang')}</dt>
                <dd style={{ margin: 0 }}>{c.leergangName}</dd>
                <dt>{t('dashboard.check.leerjaar')}</dt>
                <dd style={{ margin: 0 }}>{c.leerjaarNumber}</dd>
                <dt>{t('dashboard.check.hours')}</dt>
                <dd style={{ margin: 0 }}>{formatHours(c.hours, i18n.language)}</dd>
                <dt>{t('dashboard.check.issuedOn')}</dt>
                <dd style={{ margin: 0 }}>{formatDate(c.issuedOn, i18n.language)}</dd>
              </dl>
            </Stack>
          </Alert>
        ) : null}
        {c?.status === 'INGETROKKEN' ? (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('dashboard.check.revoked')} role="alert">
            {t('dashboard.check.revokedText')}
          </Alert>
        ) : null}
        {c?.status === 'NIET_GEVONDEN' ? (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('dashboard.check.notFound')} role="alert">
            {t('dashboard.check.notFoundText')}
          </Alert>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('dashboard.check.code', { code })}
        </Text>
      </Stack>
    </Paper>
  );
}
