import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, chartData } from '../utils/attendance-stats';
import type { AttendanceStatLike, AttendanceStatusKey } from '../utils/attendance-stats';

/**
 * Colours that also differ in lightness, so the stack reads in grey too; the
 * legend names every colour, and the table next to the chart holds every number.
 */
const COLORS: Record<AttendanceStatusKey, string> = {
  aanwezig: 'teal.7',
  gedeeltelijk: 'yellow.4',
  afwezigMetBericht: 'gray.5',
  afwezigZonderBericht: 'red.8',
};

/** A stacked bar per session: its registrations by status. Loaded in its own chunk (recharts). */
export default function AttendanceStatsChart({ stats }: { stats: readonly AttendanceStatLike[] }) {
  const { t, i18n } = useTranslation();
  return (
    <BarChart
      h={Math.max(220, stats.length * 40 + 90)}
      data={chartData(stats, i18n.language)}
      dataKey="label"
      type="stacked"
      orientation="vertical"
      yAxisProps={{ width: 280 }}
      xAxisProps={{ allowDecimals: false }}
      withLegend
      // The legend in the order of the stack (recharts sorts it by name otherwise).
      legendProps={{ verticalAlign: 'top', height: 40, itemSorter: null }}
      series={ATTENDANCE_STATUSES.map((key) => ({
        name: key,
        label: t(`leergangen.attendanceStats.status.${key}`),
        color: COLORS[key],
      }))}
    />
  );
}
