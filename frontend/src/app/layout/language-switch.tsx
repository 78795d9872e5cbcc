import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '@/lib/i18n';
import type { Language } from '@/lib/i18n';

const LABELS: Record<Language, { short: string; long: string }> = {
  nl: { short: 'NL', long: 'Nederlands' },
  en: { short: 'EN', long: 'English' },
};

/** NL/EN toggle buttons; the choice is kept in localStorage and sets `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = (LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'nl';
  return (
    <Button.Group aria-label={t('app.language')}>
      {LANGUAGES.map((language) => {
        const active = language === current;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'default'}
            aria-pressed={active}
            lang={language}
            title={LABELS[language].long}
            onClick={() => void setLanguage(language)}
          >
            {LABELS[language].short}
          </Button>
        );
      })}
    </Button.Group>
  );
}
