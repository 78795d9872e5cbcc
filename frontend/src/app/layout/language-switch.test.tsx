import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { LanguageSwitch } from './language-switch';

function LogoutLabel() {
  const { t } = useTranslation();
  return <p>{t('app.logout')}</p>;
}

describe('LanguageSwitch', () => {
  it('starts in Dutch', () => {
    renderWithProviders(
      <>
        <LanguageSwitch />
        <LogoutLabel />
      </>,
    );
    expect(screen.getByText('Uitloggen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'NL' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches to English, remembers it and sets <html lang>', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <LanguageSwitch />
        <LogoutLabel />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(await screen.findByText('Log out')).toBeInTheDocument();
    expect(screen.queryByText('Uitloggen')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'NL' }));
    expect(await screen.findByText('Uitloggen')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });
});
