import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { menuItemsFor } from '@/components/menu-items';

interface NavMenuProps {
  /** `viewer.menu`: exactly these entries, in this order. */
  menu: readonly string[];
  onNavigate?: () => void;
}

function isActive(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

export function NavMenu({ menu, onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('app.mainNav')}>
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {menuItemsFor(menu).map(({ key, path, icon: Icon }) => (
          <li key={key}>
            <NavLink
              component={RouterNavLink}
              to={path}
              end={path === '/'}
              label={t(`menu.${key}`)}
              leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
              active={isActive(path, pathname)}
              onClick={onNavigate}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </li>
        ))}
      </Stack>
    </nav>
  );
}
