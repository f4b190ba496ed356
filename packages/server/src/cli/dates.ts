// Staff read and type times as they are in the UK, whatever time zone the server runs in (cloud servers run in
// UTC, which would put every time an hour out all summer).

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The UK wall-clock time at `instant`, written as if it were UTC (milliseconds since 1970). */
function londonWallClock(instant: number): number {
  const parts = londonParts.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((found) => found.type === type)?.value);
  const seconds = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return seconds + (((instant % 1000) + 1000) % 1000); // the formatter stops at seconds
}

/**
 * The instant at which UK clocks show `wall` (a wall-clock time written as if it were UTC). A time that happens
 * twice (1:30 on the morning clocks go back) is the later one; one that never happens (1:30 on the morning they go
 * forward) is an hour on. Midnight, where a day starts, is never either: UK clocks change at 1 or 2 in the morning.
 */
function londonInstant(wall: number): Date {
  let instant = wall - (londonWallClock(wall) - wall);
  instant = wall - (londonWallClock(instant) - instant);
  return new Date(instant);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A time as staff read it in a table: `2026-10-29 14:05`, UK time. */
export function londonDateTime(date: Date): string {
  const wall = new Date(londonWallClock(date.getTime()));
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ` +
    `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
  );
}

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/i;

/** Whether the numbers make a real date and time (no 30 February, no 24:00). */
function real(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

/**
 * Reads a `--since` date: `2026-10-29` is the start of that day in the UK (midnight, GMT or BST as the day has
 * it); `2026-10-29T14:05` is that time in the UK; `2026-10-29T13:05:00Z` or `...+01:00` is exactly that instant.
 * Returns undefined for anything else, and for dates that do not exist (2026-02-30).
 */
export function parseSince(text: string): Date | undefined {
  const day = dateOnly.exec(text.trim());
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    return real(year, month, date) ? londonInstant(Date.UTC(year, month - 1, date)) : undefined;
  }
  const time = dateTime.exec(text.trim());
  if (!time) return undefined;
  const [year, month, date, hour, minute, second] = time.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!real(year, month, date, hour, minute, second)) return undefined;
  const milliseconds = Number((time[7] ?? '').padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(year, month - 1, date, hour, minute, second, milliseconds);
  if (time[8]) return new Date(wall);
  if (time[9]) {
    const [hours, minutes] = [Number(time[10]), Number(time[11])];
    if (hours > 23 || minutes > 59) return undefined;
    const offset = (hours * 60 + minutes) * 60_000;
    return new Date(time[9] === '+' ? wall - offset : wall + offset);
  }
  return londonInstant(wall);
}
