import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { NavMenu } from './nav-menu';

function linkNames() {
  const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('NavMenu', () => {
  it("shows exactly the viewer's menu entries, in the server's order", () => {
    renderWithProviders(<NavMenu menu={['home', 'people', 'schools', 'profile']} />);
    expect(linkNames()).toEqual(['Start', 'Mensen', 'Scholen', 'Mijn profiel']);
    expect(screen.queryByRole('link', { name: 'Organisaties' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Postvak' })).not.toBeInTheDocument();
  });

  it('links each key to its Dutch route', () => {
    renderWithProviders(<NavMenu menu={['organisations', 'outbox']} />);
    expect(screen.getByRole('link', { name: 'Organisaties' })).toHaveAttribute('href', '/organisaties');
    expect(screen.getByRole('link', { name: 'Postvak' })).toHaveAttribute('href', '/postvak');
  });

  it('skips keys the app does not know and duplicates', () => {
    renderWithProviders(<NavMenu menu={['home', 'rapportages', 'home', 'profile']} />);
    expect(linkNames()).toEqual(['Start', 'Mijn profiel']);
  });

  it('marks the current page', () => {
    renderWithProviders(<NavMenu menu={['home', 'people']} />, { route: '/mensen/p7' });
    expect(screen.getByRole('link', { name: 'Mensen' })).toHaveAttribute('data-active', 'true');
    expect(screen.getByRole('link', { name: 'Start' })).not.toHaveAttribute('data-active');
  });
});
