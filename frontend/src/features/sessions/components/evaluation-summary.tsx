import { Card, Group, List, Rating, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SessionEvaluationSummaryQuery } from '../api/session-evaluations';

function Remarks({ title, items }: { title: string; items: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      {items.length > 0 ? (
        <List spacing="xs" size="sm">
          {items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('agenda.evaluation.none')}
        </Text>
      )}
    </Stack>
  );
}

/** What the deelnemers thought of a session, without names: for its opleiders. */
export function EvaluationSummary({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SessionEvaluationSummaryQuery,
    variables: { sessionId },
    requestPolicy: 'cache-and-network',
  });
  const summary = data?.sessionEvaluations;
  const average = summary?.averageRating ?? null;
  const averageText =
    average === null ? '' : new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluations-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="evaluations-title">
          {t('agenda.evaluation.summaryTitle')}
        </Title>
        {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {fetching && !data ? <TableSkeleton rows={2} /> : null}
        {summary && summary.count === 0 ? <Text c="dimmed">{t('agenda.evaluation.summaryEmpty')}</Text> : null}
        {summary && summary.count > 0 ? (
          <>
            <Group gap="md">
              {average !== null ? (
                <>
                  <Rating value={average} fractions={10} readOnly size="lg" aria-hidden />
                  <Text fw={700} size="lg">
                    {t('agenda.evaluation.average', { value: averageText })}
                  </Text>
                </>
              ) : null}
              <Text c="dimmed">{t('agenda.evaluation.count', { count: summary.count })}</Text>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Remarks title={t('agenda.evaluation.topsList')} items={summary.tops} />
              <Remarks title={t('agenda.evaluation.tipsList')} items={summary.tips} />
            </SimpleGrid>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
