import '@mantine/dates/styles.css';
import 'dayjs/locale/nl';
import { DateInput } from '@mantine/dates';
import type { DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDutchDate } from '../utils/parse-date';

type DateFieldProps = Omit<DateInputProps, 'valueFormat' | 'dateParser' | 'value' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/** A calendar date typed as dd-mm-jjjj or picked from the calendar. */
export function DateField(props: DateFieldProps) {
  const { i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  return (
    <DateInput
      valueFormat="DD-MM-YYYY"
      dateParser={parseDutchDate}
      placeholder={dutch ? 'dd-mm-jjjj' : 'dd-mm-yyyy'}
      locale={dutch ? 'nl' : 'en'}
      firstDayOfWeek={1}
      {...props}
    />
  );
}
