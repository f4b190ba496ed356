// Councils' days start at midnight in the UK, whatever time zone the server runs in (cloud servers run in UTC,
// which would put the date an hour behind all summer).
const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the UK as `yyyy-MM-dd`. */
export function londonToday(now: Date): string {
  return londonDate.format(now);
}
