/*
 * The machine-readable dates HTML allows in `datetime`, checked the way the Nu Html Checker
 * checks them: the shape and the ranges (no 30 February, no hour 24). The spelled-out
 * duration form ("4h 18m") is not accepted; the ISO one (PT4H18M) is.
 */

const date = /^(\d{4,})-(\d{2})-(\d{2})$/
const month = /^(\d{4,})-(\d{2})$/
const yearlessDate = /^(?:--)?(\d{2})-(\d{2})$/
const time = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/
const zone = /^(?:Z|[+-](\d{2}):?(\d{2}))$/
const week = /^(\d{4,})-W(\d{2})$/
const year = /^\d{4,}$/
const duration = /^P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?$/

/** A value `<time datetime>` accepts. */
export function isTimeValue(value: string): boolean {
  if (duration.test(value)) return true
  const [day, clock] = splitDateTime(value)
  if (clock !== undefined) return isDate(day) && isTimeWithOptionalZone(clock)
  return (
    isDate(value) ||
    isMonth(value) ||
    isYearlessDate(value) ||
    isTime(value) ||
    isZone(value) ||
    isWeek(value) ||
    (year.test(value) && Number(value) > 0)
  )
}

/** A value `<del datetime>` and `<ins datetime>` accept: a date, or a date and time with its zone. */
export function isDateWithOptionalTime(value: string): boolean {
  const [day, clock] = splitDateTime(value)
  if (clock === undefined) return isDate(value)
  const zoned = /^(.*?)(Z|[+-]\d{2}:?\d{2})$/.exec(clock)
  return isDate(day) && zoned !== null && isTime(zoned[1]!) && isZone(zoned[2]!)
}

function splitDateTime(value: string): [string, string | undefined] {
  const at = value.search(/[T ]/)
  return at === -1 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)]
}

function isDate(value: string): boolean {
  const match = date.exec(value)
  return match !== null && Number(match[1]) > 0 && isMonthDay(Number(match[2]), Number(match[3]), Number(match[1]))
}

function isMonth(value: string): boolean {
  const match = month.exec(value)
  return match !== null && Number(match[1]) > 0 && Number(match[2]) >= 1 && Number(match[2]) <= 12
}

function isYearlessDate(value: string): boolean {
  const match = yearlessDate.exec(value)
  // A leap year, so 29 February counts.
  return match !== null && isMonthDay(Number(match[1]), Number(match[2]), 2000)
}

function isMonthDay(m: number, d: number, y: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

function isTime(value: string): boolean {
  const match = time.exec(value)
  return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59 && Number(match[3] ?? 0) <= 59
}

function isZone(value: string): boolean {
  const match = zone.exec(value)
  return match !== null && Number(match[1] ?? 0) <= 23 && Number(match[2] ?? 0) <= 59
}

function isTimeWithOptionalZone(value: string): boolean {
  const zoned = /^(.*?)(Z|[+-]\d{2}:?\d{2})?$/.exec(value)!
  return isTime(zoned[1]!) && (zoned[2] === undefined || isZone(zoned[2]))
}

function isWeek(value: string): boolean {
  const match = week.exec(value)
  return match !== null && Number(match[1]) > 0 && Number(match[2]) >= 1 && Number(match[2]) <= 53
}
