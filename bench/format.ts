import type {ImageWork} from './measure.ts'

/** Durations and sizes as people read them in a table. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—'
  if (ms < 1000) return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
}

export function formatMemory(kib: number | undefined): string {
  if (kib === undefined) return '—'
  return `${Math.round(kib / 1024).toLocaleString('en-US')} MiB`
}

export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '—'
  return ratio < 0.1 ? `${ratio.toFixed(3)}×` : `${ratio.toFixed(2)}×`
}

/** A build's image work: its time, and how many renditions it made (none: a warm cache). */
export function formatImageWork(images: ImageWork | undefined): string {
  if (images === undefined) return '—'
  return `${formatMs(images.ms)} (${Math.round(images.made).toLocaleString('en-US')} made)`
}

/** Left-aligned first column, right-aligned figures. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)))
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   '))
    .join('\n')
}
