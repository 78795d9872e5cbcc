import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Viewer } from '@/lib/auth';
import { formatDate, formatFactor } from '@/lib/format';

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

/** A deelnemer's own profile at a glance. */
export function DeelnemerSummary({ person }: { person: Viewer['person'] }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="my-summary">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} size="h3" id="my-summary">
            {t('home.mySummary')}
          </Title>
          {person.isStarter ? (
            <Badge color="teal" variant="light">
              {t('people.starterBadge')}
            </Badge>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} component="dl" spacing="md" m={0}>
          <Fact label={t('people.function')} value={person.function ? t(`functions.${person.function}`) : none} />
          <Fact label={t('people.schools')} value={person.schools.map((s) => s.name).join(', ') || none} />
          <Fact
            label={t('people.werktijdfactor')}
            value={person.werktijdfactor === null ? none : formatFactor(person.werktijdfactor, i18n.language)}
          />
          <Fact label={t('people.bouw')} value={person.bouw ? t(`bouw.${person.bouw}`) : none} />
          <Fact label={t('people.ibStartDate')} value={person.ibStartDate ? formatDate(person.ibStartDate, i18n.language) : none} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
