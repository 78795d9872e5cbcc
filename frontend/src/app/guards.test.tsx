import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderWithProviders } from '@/testing/test-utils';
import { RequireAuth, RequireMenu } from './guards';

function Where() {
  const location = useLocation();
  return <p>{`op ${location.pathname}${location.search}`}</p>;
}

describe('RequireMenu', () => {
  it('shows "Geen toegang" when the key is not in viewer.menu', () => {
    renderWithProviders(
      <RequireMenu menuKey="outbox">
        <p>Postvak-inhoud</p>
      </RequireMenu>,
      { viewer: makeViewer({ roles: ['DEELNEMER'], menu: ['home', 'profile'] }) },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByText('Postvak-inhoud')).not.toBeInTheDocument();
  });

  it('shows the screen when the key is in viewer.menu', () => {
    renderWithProviders(
      <RequireMenu menuKey="outbox">
        <p>Postvak-inhoud</p>
      </RequireMenu>,
      { viewer: makeViewer({ menu: ['home', 'outbox'] }) },
    );
    expect(screen.getByText('Postvak-inhoud')).toBeInTheDocument();
  });

  it('also requires the role when one is given', () => {
    renderWithProviders(
      <RequireMenu menuKey="people" role="BEHEERDER">
        <p>Uitnodigen</p>
      </RequireMenu>,
      { viewer: makeViewer({ roles: ['DIRECTIE'], menu: ['home', 'people'] }) },
    );
    expect(screen.getByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();
  });
});

describe('RequireAuth', () => {
  it('sends an anonymous visitor to /inloggen and remembers the page', () => {
    renderWithProviders(
      <Routes>
        <Route path="/inloggen" element={<Where />} />
        <Route
          path="/mensen/:id"
          element={
            <RequireAuth>
              <p>Geheim</p>
            </RequireAuth>
          }
        />
      </Routes>,
      { viewer: null, route: '/mensen/p7?tab=1' },
    );
    expect(screen.getByText('op /inloggen?terug=%2Fmensen%2Fp7%3Ftab%3D1')).toBeInTheDocument();
    expect(screen.queryByText('Geheim')).not.toBeInTheDocument();
  });
});
