import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { PairingsPanel } from '@/features/mentoring/components/pairings-panel';
import { hasRole, useViewer } from '@/lib/auth';
import { DocumentsPanel } from '../components/documents-panel';
import { StartersTable } from '../components/starters-table';
import { TemplatePanel } from '../components/template-panel';

const TABS = ['checklists', 'koppelingen', 'sjabloon', 'documenten'] as const;
type Tab = (typeof TABS)[number];

/**
 * /starters: the starters the viewer follows (?tab=checklists), the maatje
 * pairings (?tab=koppelingen), the checklist template (?tab=sjabloon, for
 * beheerder and bestuur) and the documents (?tab=documenten, also directie).
 */
export default function StartersRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const editsTemplate = hasRole(viewer, 'BEHEERDER') || hasRole(viewer, 'BESTUUR');
  const staff = editsTemplate || hasRole(viewer, 'DIRECTIE');
  const visible = TABS.filter((v) => (v === 'sjabloon' ? editsTemplate : v === 'documenten' ? staff : true));
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && visible.includes(requested) ? requested : 'checklists';
  const labels: Record<Tab, string> = {
    checklists: t('onboarding.starters.tabs.checklists'),
    koppelingen: t('onboarding.starters.tabs.pairings'),
    sjabloon: t('onboarding.starters.tabs.template'),
    documenten: t('onboarding.starters.tabs.documents'),
  };

  return (
    <Page title={t('onboarding.title')}>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'checklists' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('onboarding.starters.tabsLabel')}>
          {visible.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {labels[v]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="checklists" pt="lg">
          <Stack gap="md">
            <Text c="dimmed">{t('onboarding.starters.intro')}</Text>
            <StartersTable />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="koppelingen" pt="lg">
          <PairingsPanel />
        </Tabs.Panel>
        {editsTemplate ? (
          <Tabs.Panel value="sjabloon" pt="lg">
            <TemplatePanel />
          </Tabs.Panel>
        ) : null}
        {staff ? (
          <Tabs.Panel value="documenten" pt="lg">
            <DocumentsPanel />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Page>
  );
}
