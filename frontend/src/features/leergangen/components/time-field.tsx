import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import type { ChangeEvent, FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseTime } from '../utils/session-times';

type TimeFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value?: string;
  onChange?: (value: string) => void;
};

/**
 * A 24-hour time typed as uu:mm ("9.30" and "930" become "09:30" on leaving the
 * field). A text field rather than the browser's time input, whose 12-hour
 * display follows the operating system instead of the page's language.
 */
export function TimeField({ value = '', onChange, onBlur, ...props }: TimeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      placeholder={t('leergangen.timePlaceholder')}
      leftSection={<IconClock size={16} aria-hidden />}
      {...props}
      value={value}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const normalised = normaliseTime(event.currentTarget.value);
        if (normalised !== event.currentTarget.value) onChange?.(normalised);
        onBlur?.(event);
      }}
    />
  );
}
