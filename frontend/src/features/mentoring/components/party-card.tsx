import { Anchor, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentoringPartyFragment } from '@/gql/graphql';

/** One side of a pairing: name and school, with contact details when the viewer may see them. */
export function PartyCard({ role, party }: { role: string; party: MentoringPartyFragment }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-label={`${role}: ${party.name}`}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {role}
        </Text>
        <Text fw={600} size="lg">
          {party.name}
        </Text>
        <Text size="sm">
          {t('mentoring.pairing.school')}: {party.schools.join(', ') || '–'}
        </Text>
        {party.email ? (
          <Text size="sm">
            {t('mentoring.pairing.email')}: <Anchor href={`mailto:${party.email}`}>{party.email}</Anchor>
          </Text>
        ) : null}
        {party.email ? (
          <Text size="sm">
            {t('mentoring.pairing.phone')}:{' '}
            {party.phone ? <Anchor href={`tel:${party.phone.replace(/\s/g, '')}`}>{party.phone}</Anchor> : t('mentoring.pairing.noPhone')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
