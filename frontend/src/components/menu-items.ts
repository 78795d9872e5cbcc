import {
  IconBook,
  IconChartBar,
  IconChartRadar,
  IconListDetails,
  IconMessages,
  IconSeedling,
  IconShieldSearch,
  IconUsersGroup,
  IconClipboardCheck,
  IconBuildingCommunity,
  IconCalendar,
  IconClockHour4,
  IconHome,
  IconMail,
  IconSchool,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';

/** The menu keys the server may send in `viewer.menu`. */
export type MenuKey =
  | 'home'
  | 'inwerkperiode'
  | 'agenda'
  | 'leergangen'
  | 'assignments'
  | 'hours'
  | 'growth'
  | 'dashboard'
  | 'starters'
  | 'intervisie'
  | 'frameworks'
  | 'organisations'
  | 'schools'
  | 'people'
  | 'outbox'
  | 'audit'
  | 'profile';

export interface MenuItem {
  key: MenuKey;
  path: string;
  icon: Icon;
}

export const MENU_ITEMS: Record<MenuKey, MenuItem> = {
  home: { key: 'home', path: '/', icon: IconHome },
  inwerkperiode: { key: 'inwerkperiode', path: '/inwerkperiode', icon: IconSeedling },
  agenda: { key: 'agenda', path: '/agenda', icon: IconCalendar },
  leergangen: { key: 'leergangen', path: '/leergangen', icon: IconBook },
  assignments: { key: 'assignments', path: '/opdrachten', icon: IconClipboardCheck },
  hours: { key: 'hours', path: '/uren', icon: IconClockHour4 },
  growth: { key: 'growth', path: '/groei', icon: IconChartRadar },
  dashboard: { key: 'dashboard', path: '/voortgang', icon: IconChartBar },
  starters: { key: 'starters', path: '/starters', icon: IconUsersGroup },
  intervisie: { key: 'intervisie', path: '/intervisie', icon: IconMessages },
  frameworks: { key: 'frameworks', path: '/kaders', icon: IconListDetails },
  organisations: { key: 'organisations', path: '/organisaties', icon: IconBuildingCommunity },
  schools: { key: 'schools', path: '/scholen', icon: IconSchool },
  people: { key: 'people', path: '/mensen', icon: IconUsers },
  outbox: { key: 'outbox', path: '/postvak', icon: IconMail },
  audit: { key: 'audit', path: '/audit', icon: IconShieldSearch },
  profile: { key: 'profile', path: '/profiel', icon: IconUser },
};

export function isMenuKey(key: string): key is MenuKey {
  return Object.hasOwn(MENU_ITEMS, key);
}

/** The viewer's menu in the server's order; keys this app does not know are skipped. */
export function menuItemsFor(menu: readonly string[]): MenuItem[] {
  const seen = new Set<string>();
  const items: MenuItem[] = [];
  for (const key of menu) {
    if (isMenuKey(key) && !seen.has(key)) {
      seen.add(key);
      items.push(MENU_ITEMS[key]);
    }
  }
  return items;
}
