import { Anchor, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { menuItemsFor } from '@/components/menu-items';
import type { MenuItem, MenuKey } from '@/components/menu-items';
import { Page } from '@/components/page';
import type { Role } from '@/gql/graphql';
import { hasRole, useViewer } from '@/lib/auth';
import { DeelnemerSummary } from '../components/deelnemer-summary';

type CardItem = MenuItem & { key: Exclude<MenuKey, 'home'> };

function isCard(item: MenuItem): item is CardItem {
  return item.key !== 'home';
}

const ROLE_ORDER: Role[] = ['BEHEERDER', 'OPLEIDER', 'BESTUUR', 'DIRECTIE', 'DEELNEMER'];

export default function HomeRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const cards = menuItemsFor(viewer.menu).filter(isCard);
  const roles = ROLE_ORDER.filter((role) => viewer.roles.includes(role));
  const firstName = viewer.person.name.split(' ')[0] ?? viewer.person.name;

  return (
    <Page title={t('home.welcome', { name: firstName })} documentTitle={t('home.title')}>
      <Stack gap={4}>
        {roles.map((role) => (
          <Text key={role}>{t(`home.intro.${role}`)}</Text>
        ))}
      </Stack>
      {hasRole(viewer, 'DEELNEMER') ? <DeelnemerSummary person={viewer.person} /> : null}
      {cards.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {cards.map(({ key, path, icon: Icon }) => (
            <Card key={key} component="li" withBorder radius="md" padding="lg">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
                  <Icon size={22} stroke={1.6} />
                </ThemeIcon>
                <Stack gap={4}>
                  <Title order={2} size="h4">
                    <Anchor component={Link} to={path} inherit>
                      {t(`menu.${key}`)}
                    </Anchor>
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t(`home.cards.${key}`)}
                  </Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      ) : null}
    </Page>
  );
}
