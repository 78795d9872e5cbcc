import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';
import { offsetForWallClock, wallClock } from './amsterdam-time';

class IntlNamedTimeZone extends NamedTimeZoneImpl {
  override offsetForArray(a: number[]): number {
    return offsetForWallClock(a, this.timeZoneName);
  }

  override timestampToArray(ms: number): number[] {
    return wallClock(ms, this.timeZoneName);
  }
}

/**
 * Named time zones for FullCalendar through the browser's own Intl data, so the
 * calendar can show Europe/Amsterdam without a date library.
 */
export const namedTimeZonePlugin = createPlugin({ name: 'leergang-intl-time-zone', namedTimeZonedImpl: IntlNamedTimeZone });
