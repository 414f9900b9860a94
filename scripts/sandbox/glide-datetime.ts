// GlideDateTime, GlideDate, GlideTime and GlideDuration as c_GlideDateTimeScoped.md documents them. Values are stored
// in UTC ("yyyy-MM-dd HH:mm:ss"); display values and the *LocalTime methods are in the session's time zone (the user's
// time_zone, UTC when the user has none: then they equal their UTC counterparts).

const DAY_MS = 86400000

function pad(n: number, width = 2): string {
    let text = String(Math.abs(n))
    while (text.length < width) text = '0' + text
    return (n < 0 ? '-' : '') + text
}

export function toGlideText(ms: number): string {
    const d = new Date(ms)
    return (
        pad(d.getUTCFullYear(), 4) +
        '-' +
        pad(d.getUTCMonth() + 1) +
        '-' +
        pad(d.getUTCDate()) +
        ' ' +
        pad(d.getUTCHours()) +
        ':' +
        pad(d.getUTCMinutes()) +
        ':' +
        pad(d.getUTCSeconds())
    )
}

export function fromGlideText(text: string): number | null {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec((text || '').trim())
    if (!m) return null
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0))
}

/** Java SimpleDateFormat letters the documented examples use. */
export function formatDate(ms: number, pattern: string): string {
    const d = new Date(ms)
    const hours = d.getUTCHours()
    return pattern.replace(/yyyy|yy|MM|dd|HH|hh|mm|ss|a/g, (token) => {
        switch (token) {
            case 'yyyy':
                return pad(d.getUTCFullYear(), 4)
            case 'yy':
                return pad(d.getUTCFullYear() % 100)
            case 'MM':
                return pad(d.getUTCMonth() + 1)
            case 'dd':
                return pad(d.getUTCDate())
            case 'HH':
                return pad(hours)
            case 'hh':
                return pad(hours % 12 === 0 ? 12 : hours % 12)
            case 'mm':
                return pad(d.getUTCMinutes())
            case 'ss':
                return pad(d.getUTCSeconds())
            default:
                return hours < 12 ? 'AM' : 'PM'
        }
    })
}

/** Parses `text` by a Java-style pattern (yyyy yy MM M dd d HH H hh mm ss a); null when it does not fit. */
export function parseByPattern(text: string, pattern: string): number | null {
    const fields: string[] = []
    const source = pattern
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/yyyy|yy|MM|M|dd|d|HH|H|hh|mm|ss|a/g, (token) => {
            fields.push(token)
            if (token === 'a') return '(AM|PM)'
            if (token === 'yyyy') return '(\\d{4})'
            return '(\\d{1,2})'
        })
    const m = new RegExp('^' + source + '$', 'i').exec(String(text).trim())
    if (!m) return null
    let year = 1970
    let month = 1
    let day = 1
    let hour = 0
    let minute = 0
    let second = 0
    let pm: boolean | null = null
    fields.forEach((token, i) => {
        const value = m[i + 1]
        if (token === 'yyyy') year = +value
        else if (token === 'yy') year = 2000 + +value
        else if (token === 'MM' || token === 'M') month = +value
        else if (token === 'dd' || token === 'd') day = +value
        else if (token === 'HH' || token === 'H' || token === 'hh') hour = +value
        else if (token === 'mm') minute = +value
        else if (token === 'ss') second = +value
        else pm = value.toUpperCase() === 'PM'
    })
    if (pm !== null) hour = (hour % 12) + (pm ? 12 : 0)
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null
    const ms = Date.UTC(year, month - 1, day, hour, minute, second)
    // Strict: 31 February does not roll over into March.
    return new Date(ms).getUTCDate() === day ? ms : null
}

// The order the page gives for GlideDateTime(String value).
const ACCEPTED_FORMATS = [
    'yyyy-MM-dd HH:mm:ss',
    'MM/dd/yyyy HH:mm:ss',
    'MM-dd-yyyy HH:mm:ss',
    'MM-dd-yyyy HH:mm',
    'MM-dd-yyyy',
    'MM/dd/yyyy',
    'dd-MM-yyyy HH:mm:ss',
    'dd-MM-yyyy HH.mm.ss',
    'dd-MM-yyyy HH.mm',
    'dd-MM-yy HH.mm.ss',
    'dd/MM/yyyy',
    'dd-MM-yyyy',
    'yyyy-MM-dd HH:mm',
    'yyyy-MM-dd',
    'dd.MM.yyyy HH:mm:ss',
    'dd.MM.yyyy HH.mm.ss',
    'dd.MM.yyyy hh:mm:ss a',
    'dd.MM.yyyy hh.mm.ss a',
    'dd.MM.yyyy',
]

function parseAccepted(text: string): number | null {
    for (const format of ACCEPTED_FORMATS) {
        const ms = parseByPattern(text, format)
        if (ms !== null) return ms
    }
    return null
}

function addMonths(ms: number, months: number): number {
    const d = new Date(ms)
    const day = d.getUTCDate()
    d.setUTCDate(1)
    d.setUTCMonth(d.getUTCMonth() + months)
    // Java's Calendar clamps to the last day of a shorter month.
    d.setUTCDate(Math.min(day, daysInMonth(d.getUTCFullYear(), d.getUTCMonth())))
    return d.getTime()
}

function daysInMonth(year: number, monthIndex: number): number {
    return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate()
}

/** Week of year as java.util.Calendar counts it in the en_US locale: weeks start on Sunday, week 1 holds 1 January. */
function weekOfYear(ms: number): number {
    const d = new Date(ms)
    const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1)
    const firstSunday = jan1 - new Date(jan1).getUTCDay() * DAY_MS
    const week =
        Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - firstSunday) / (7 * DAY_MS)) + 1
    // The last days of December can already be week 1 of the next year.
    const nextJan1 = Date.UTC(d.getUTCFullYear() + 1, 0, 1)
    const nextFirstSunday = nextJan1 - new Date(nextJan1).getUTCDay() * DAY_MS
    return ms >= nextFirstSunday ? 1 : week
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>()

/** A time zone's offset from UTC at an instant, in ms, from the IANA data Node ships (US/Pacific and the like). */
export function zoneOffset(zone: string, ms: number): number {
    if (!zone || zone === 'UTC' || zone === 'GMT') return 0
    let format = zoneFormats.get(zone)
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        })
        zoneFormats.set(zone, format)
    }
    const parts: { [type: string]: number } = {}
    for (const part of format.formatToParts(new Date(ms))) parts[part.type] = Number(part.value)
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second)
    return wall - (ms - (((ms % 1000) + 1000) % 1000))
}

export function createDateTime(now: () => number, timeZone: () => string = () => 'UTC') {
    /** Wall-clock time in the session's zone, as ms on a UTC scale. */
    function toLocal(ms: number): number {
        return ms + zoneOffset(timeZone(), ms)
    }
    /** The instant a session wall-clock time stands for (a time skipped by a DST change moves forward). */
    function fromLocal(local: number): number {
        const zone = timeZone()
        return local - zoneOffset(zone, local - zoneOffset(zone, local))
    }
    /** Applies a change made on the wall-clock time. */
    function inLocal(ms: number, change: (local: number) => number): number {
        return fromLocal(change(toLocal(ms)))
    }

    class GlideTime {
        ms: number
        constructor(milliseconds?: number) {
            this.ms = typeof milliseconds === 'number' ? milliseconds : now() % DAY_MS
        }
        setValue(value: string): void {
            const ms = parseByPattern(String(value), 'HH:mm:ss')
            if (ms !== null) this.ms = ms
        }
        getValue(): string {
            return formatDate(this.ms, 'HH:mm:ss')
        }
        getByFormat(format: string): string {
            return formatDate(this.ms, String(format))
        }
        getNumericValue(): number {
            return this.ms
        }
        toString(): string {
            return this.getValue()
        }
    }

    class GlideDate {
        constructor(private ms: number) {}
        getValue(): string {
            return formatDate(this.ms, 'yyyy-MM-dd')
        }
        getDisplayValue(): string {
            return this.getValue()
        }
        getByFormat(format: string): string {
            return formatDate(this.ms, String(format))
        }
        toString(): string {
            return this.getValue()
        }
    }

    class GlideDuration {
        private ms: number
        constructor(value?: number | string) {
            this.ms = typeof value === 'number' ? value : 0
        }
        getNumericValue(): number {
            return this.ms
        }
        /** "2 Days 23 Hours": the non-zero parts, largest first. */
        getDisplayValue(): string {
            let seconds = Math.floor(Math.abs(this.ms) / 1000)
            const parts: string[] = []
            for (const [size, one, many] of [
                [86400, 'Day', 'Days'],
                [3600, 'Hour', 'Hours'],
                [60, 'Minute', 'Minutes'],
                [1, 'Second', 'Seconds'],
            ] as [number, string, string][]) {
                const count = Math.floor(seconds / size)
                seconds -= count * size
                if (count > 0) parts.push(count + ' ' + (count === 1 ? one : many))
            }
            return parts.join(' ')
        }
        getValue(): string {
            return toGlideText(this.ms)
        }
        toString(): string {
            return this.getValue()
        }
    }

    class GlideDateTime {
        private ms: number
        private error = ''

        constructor(value?: string | GlideDateTime) {
            this.ms = now()
            if (value instanceof GlideDateTime) this.ms = value.ms
            else if (value !== undefined && value !== null && String(value) !== '') {
                const ms = parseAccepted(String(value))
                if (ms === null) this.error = "Invalid date time: '" + String(value) + "', ignored"
                else this.ms = ms
            }
        }

        /** The difference end - start (c_GlideDateTimeScoped.md, subtract(GlideDateTime start, GlideDateTime end)). */
        static subtract(start: GlideDateTime, end: GlideDateTime): GlideDuration {
            return new GlideDuration(end.ms - start.ms)
        }

        getValue(): string {
            return toGlideText(this.ms)
        }
        setValue(value: string | GlideDateTime | number): void {
            if (value instanceof GlideDateTime) this.ms = value.ms
            else if (typeof value === 'number') this.ms = value
            else {
                const ms = fromGlideText(String(value)) ?? parseAccepted(String(value))
                if (ms !== null) this.ms = ms
            }
        }
        setValueUTC(value: string, format: string): void {
            const ms = parseByPattern(String(value), String(format))
            if (ms !== null) this.ms = ms
        }
        setGlideDateTime(other: GlideDateTime): void {
            this.ms = other.ms
        }
        setDisplayValue(value: string, format?: string): void {
            const ms = format ? parseByPattern(String(value), String(format)) : parseAccepted(String(value))
            if (ms === null) this.error = 'Could not parse DateTime: ' + String(value)
            else {
                this.ms = fromLocal(ms)
                this.error = ''
            }
        }
        setDisplayValueInternal(value: string): void {
            this.setDisplayValue(value, 'yyyy-MM-dd HH:mm:ss')
        }
        getDisplayValue(): string {
            return toGlideText(toLocal(this.ms))
        }
        getDisplayValueInternal(): string {
            return toGlideText(toLocal(this.ms))
        }
        getErrorMsg(): string {
            return this.error
        }
        isValid(): boolean {
            return this.error === ''
        }
        hasDate(): boolean {
            return this.isValid()
        }
        getNumericValue(): number {
            return this.ms
        }
        setNumericValue(ms: number): void {
            this.ms = Number(ms)
        }
        add(value: number | GlideTime): void {
            this.ms += value instanceof GlideTime ? value.ms : Number(value)
        }
        subtract(value: number | GlideTime): void {
            this.ms -= value instanceof GlideTime ? value.ms : Number(value)
        }
        addSeconds(seconds: number): void {
            this.ms += Number(seconds) * 1000
        }
        addDaysUTC(days: number): void {
            this.ms += Number(days) * DAY_MS
        }
        addDaysLocalTime(days: number): void {
            this.ms = inLocal(this.ms, (local) => local + Number(days) * DAY_MS)
        }
        addWeeksUTC(weeks: number): void {
            this.ms += Number(weeks) * 7 * DAY_MS
        }
        addWeeksLocalTime(weeks: number): void {
            this.ms = inLocal(this.ms, (local) => local + Number(weeks) * 7 * DAY_MS)
        }
        addMonthsUTC(months: number): void {
            this.ms = addMonths(this.ms, Number(months))
        }
        addMonthsLocalTime(months: number): void {
            this.ms = inLocal(this.ms, (local) => addMonths(local, Number(months)))
        }
        addYearsUTC(years: number): void {
            this.ms = addMonths(this.ms, Number(years) * 12)
        }
        addYearsLocalTime(years: number): void {
            this.ms = inLocal(this.ms, (local) => addMonths(local, Number(years) * 12))
        }
        before(other: GlideDateTime): boolean {
            return this.ms < other.ms
        }
        after(other: GlideDateTime): boolean {
            return this.ms > other.ms
        }
        onOrBefore(other: GlideDateTime): boolean {
            return this.ms <= other.ms
        }
        onOrAfter(other: GlideDateTime): boolean {
            return this.ms >= other.ms
        }
        compareTo(other: GlideDateTime): number {
            return this.ms < other.ms ? -1 : this.ms > other.ms ? 1 : 0
        }
        equals(other: GlideDateTime | string): boolean {
            return other instanceof GlideDateTime ? other.ms === this.ms : fromGlideText(String(other)) === this.ms
        }
        getDate(): GlideDate {
            return new GlideDate(this.ms)
        }
        getLocalDate(): GlideDate {
            return new GlideDate(toLocal(this.ms))
        }
        getTime(): GlideTime {
            return new GlideTime(((this.ms % DAY_MS) + DAY_MS) % DAY_MS)
        }
        getLocalTime(): GlideTime {
            return new GlideTime(((toLocal(this.ms) % DAY_MS) + DAY_MS) % DAY_MS)
        }
        getDayOfMonthUTC(): number {
            return new Date(this.ms).getUTCDate()
        }
        getDayOfMonthLocalTime(): number {
            return new Date(toLocal(this.ms)).getUTCDate()
        }
        /** 1 = Monday … 7 = Sunday. */
        getDayOfWeekUTC(): number {
            return new Date(this.ms).getUTCDay() || 7
        }
        getDayOfWeekLocalTime(): number {
            return new Date(toLocal(this.ms)).getUTCDay() || 7
        }
        getDaysInMonthUTC(): number {
            const d = new Date(this.ms)
            return daysInMonth(d.getUTCFullYear(), d.getUTCMonth())
        }
        getDaysInMonthLocalTime(): number {
            const d = new Date(toLocal(this.ms))
            return daysInMonth(d.getUTCFullYear(), d.getUTCMonth())
        }
        getMonthUTC(): number {
            return new Date(this.ms).getUTCMonth() + 1
        }
        getMonthLocalTime(): number {
            return new Date(toLocal(this.ms)).getUTCMonth() + 1
        }
        getYearUTC(): number {
            return new Date(this.ms).getUTCFullYear()
        }
        getYearLocalTime(): number {
            return new Date(toLocal(this.ms)).getUTCFullYear()
        }
        getWeekOfYearUTC(): number {
            return weekOfYear(this.ms)
        }
        getWeekOfYearLocalTime(): number {
            return weekOfYear(toLocal(this.ms))
        }
        setDayOfMonthUTC(day: number): void {
            const d = new Date(this.ms)
            d.setUTCDate(Math.min(Number(day), daysInMonth(d.getUTCFullYear(), d.getUTCMonth())))
            this.ms = d.getTime()
        }
        setDayOfMonthLocalTime(day: number): void {
            this.ms = inLocal(this.ms, (local) => {
                const d = new Date(local)
                d.setUTCDate(Math.min(Number(day), daysInMonth(d.getUTCFullYear(), d.getUTCMonth())))
                return d.getTime()
            })
        }
        setMonthUTC(month: number): void {
            const d = new Date(this.ms)
            this.ms = addMonths(this.ms, Number(month) - 1 - d.getUTCMonth())
        }
        setMonthLocalTime(month: number): void {
            this.ms = inLocal(this.ms, (local) => addMonths(local, Number(month) - 1 - new Date(local).getUTCMonth()))
        }
        setYearUTC(year: number): void {
            this.ms = addMonths(this.ms, (Number(year) - new Date(this.ms).getUTCFullYear()) * 12)
        }
        setYearLocalTime(year: number): void {
            this.ms = inLocal(this.ms, (local) =>
                addMonths(local, (Number(year) - new Date(local).getUTCFullYear()) * 12)
            )
        }
        /** The session zone's offset from UTC at this instant, daylight saving included. */
        getTZOffset(): number {
            return zoneOffset(timeZone(), this.ms)
        }
        /** The daylight saving part of the offset: beyond the zone's standard (the lower of January's and July's). */
        getDSTOffset(): number {
            const year = new Date(this.ms).getUTCFullYear()
            const standard = Math.min(
                zoneOffset(timeZone(), Date.UTC(year, 0, 1)),
                zoneOffset(timeZone(), Date.UTC(year, 6, 1))
            )
            return this.getTZOffset() - standard
        }
        isDST(): boolean {
            return this.getDSTOffset() !== 0
        }
        toString(): string {
            return this.getValue()
        }
    }

    return { GlideDateTime, GlideDate, GlideTime, GlideDuration }
}
