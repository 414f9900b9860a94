// Thin Glide helpers shared by the adapters.

import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { fromGlideUtc, toGlideUtc } from '../core/time.ts'

export function nowMs(): number {
    return new GlideDateTime().getNumericValue()
}

export function value(record: GlideRecord, field: string): string {
    const raw = record.getValue(field)
    return raw === null || raw === undefined ? '' : String(raw)
}

export function dateValue(record: GlideRecord, field: string): number | null {
    return fromGlideUtc(value(record, field))
}

export function setDate(record: GlideRecord, field: string, ms: number | null): void {
    record.setValue(field, ms === null ? '' : toGlideUtc(ms))
}

/** Display text of a UTC instant in the session's time zone. */
export function displayTime(ms: number): string {
    const gdt = new GlideDateTime()
    gdt.setValue(toGlideUtc(ms))
    return gdt.getDisplayValue() + ' (' + gs.getSession().getTimeZoneName() + ')'
}

/**
 * One argument-free message: with arguments a gs log message is a MessageFormat pattern (c_GlideSystemScopedAPI.md),
 * where the apostrophes and braces of Graph's texts would count; without, the pages' examples print it unchanged.
 */
export function log(level: 'info' | 'warn' | 'error', message: string): void {
    const text = '[ELM Ticket Bridge] ' + message
    if (level === 'error') gs.error(text)
    else if (level === 'warn') gs.warn(text)
    else gs.info(text)
}
