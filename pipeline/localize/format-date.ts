/** How one instant reads in one locale, in the agency's time zone. */
export interface LocalizedDate {
  /** The ISO 8601 value for `<time datetime>`. */
  readonly iso: string
  /** e.g. "31 августа 2022 г., 10:00". */
  readonly text: string
  /** The date alone, e.g. "31-avgust, 2022", for lists. */
  readonly dateText: string
}

const formatters = new Map<string, {date: Intl.DateTimeFormat; time: Intl.DateTimeFormat}>()

export function formatDate(iso: string, intlLocale: string, timeZone: string): LocalizedDate {
  const key = `${intlLocale}|${timeZone}`
  let pair = formatters.get(key)
  if (!pair) {
    pair = {
      date: new Intl.DateTimeFormat(intlLocale, {dateStyle: 'long', timeZone}),
      time: new Intl.DateTimeFormat(intlLocale, {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone})
    }
    formatters.set(key, pair)
  }
  const instant = new Date(iso)
  const dateText = pair.date.format(instant)
  return {iso, text: `${dateText}, ${pair.time.format(instant)}`, dateText}
}
