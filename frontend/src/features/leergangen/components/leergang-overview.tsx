import { Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeergangDetailFieldsFragment } from '@/gql/graphql';
import { formatHours, formatShortDate } from '../utils/format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

function PeopleList({ people, empty }: { people: readonly { id: string; name: string }[]; empty: string }) {
  if (people.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <List spacing={4}>
      {people.map((p) => (
        <List.Item key={p.id}>{p.name}</List.Item>
      ))}
    </List>
  );
}

/** The Overzicht tab: facts, leerjaren with their norms, groups with members, opleiders, stuurgroep. */
export function LeergangOverview({ leergang }: { leergang: LeergangDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const leerjaren = [...leergang.leerjaren].sort((a, b) => a.number - b.number);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="leergang-facts">
        <Stack gap="md">
          <Title order={2} size="h3" id="leergang-facts">
            {t('leergangen.overview.facts')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0} spacing="md">
            <Fact label={t('leergangen.fields.client')}>
              {leergang.clientOrganisation.name}{' '}
              <Text span size="sm" c="dimmed" fw={400}>
                ({t(`kinds.${leergang.clientOrganisation.kind}`)})
              </Text>
            </Fact>
            <Fact label={t('leergangen.fields.status')}>{t(`leergangen.status.${leergang.status}`)}</Fact>
            <Fact label={t('leergangen.fields.deelnemers')}>{leergang.deelnemerCount}</Fact>
          </SimpleGrid>
          {leergang.description ? (
            <div>
              <Text size="sm" c="dimmed">
                {t('leergangen.fields.description')}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{leergang.description}</Text>
            </div>
          ) : null}
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="leergang-leerjaren">
        <Stack gap="md">
          <Title order={2} size="h3" id="leergang-leerjaren">
            {t('leergangen.fields.leerjaren')}
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('leergangen.fields.leerjaar')}</Table.Th>
                  <Table.Th>{t('leergangen.fields.startsOn')}</Table.Th>
                  <Table.Th>{t('leergangen.fields.endsOn')}</Table.Th>
                  <Table.Th ta="right">{t('leergangen.fields.hoursNorm')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {leerjaren.map((lj) => (
                  <Table.Tr key={lj.id}>
                    <Table.Td fw={500}>{t('leergangen.leerjaarN', { number: lj.number })}</Table.Td>
                    <Table.Td>{lj.startsOn ? formatShortDate(lj.startsOn, i18n.language) : none}</Table.Td>
                    <Table.Td>{lj.endsOn ? formatShortDate(lj.endsOn, i18n.language) : none}</Table.Td>
                    <Table.Td ta="right">{t('leergangen.hoursValue', { hours: formatHours(lj.hoursNorm, i18n.language) })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="leergang-groups">
        <Stack gap="md">
          <Title order={2} size="h3" id="leergang-groups">
            {t('leergangen.fields.groups')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {leergang.groups.map((g) => (
              <Card key={g.id} withBorder padding="md" radius="md" component="section" aria-label={g.name}>
                <Group justify="space-between" mb="xs" wrap="nowrap">
                  <Title order={3} size="h5">
                    {g.name}
                  </Title>
                  <Badge variant="light" color="gray">
                    {t('leergangen.memberCount', { count: g.members.length })}
                  </Badge>
                </Group>
                {g.members.length === 0 ? (
                  <Text c="dimmed" size="sm">
                    {t('leergangen.overview.noMembers')}
                  </Text>
                ) : (
                  <List spacing={4} size="sm">
                    {g.members.map((m) => (
                      <List.Item key={m.id}>
                        {m.name}
                        {m.schools.length > 0 ? (
                          <Text span c="dimmed" size="sm">
                            {' '}
                            · {m.schools.map((s) => s.name).join(', ')}
                          </Text>
                        ) : null}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="leergang-opleiders">
          <Stack gap="sm">
            <Title order={2} size="h3" id="leergang-opleiders">
              {t('leergangen.fields.opleiders')}
            </Title>
            <PeopleList people={leergang.opleiders} empty={none} />
          </Stack>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="leergang-stuurgroep">
          <Stack gap="sm">
            <Title order={2} size="h3" id="leergang-stuurgroep">
              {t('leergangen.fields.stuurgroep')}
            </Title>
            <PeopleList people={leergang.stuurgroep} empty={t('leergangen.overview.noStuurgroep')} />
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
