import {resolve} from 'node:path'
import type {BuildOptions} from '../build.ts'
import {isoDateTimeWithOffset} from '../config/text-patterns.ts'

/** The options every command shares, as cac hands them over. */
export interface CommonFlags {
  readonly out?: string | number | readonly string[]
  readonly baseUrl?: string
  readonly drafts?: boolean
  readonly now?: string
  readonly jobs?: string | number
  readonly cache?: boolean
}

/** A command line that cannot be meant: a mistyped option or value. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** A path as typed: cac reads `--out 2024` as a number and a repeated option as a list. */
export function pathOption(name: string, value: string | number | readonly string[] | undefined): string | undefined {
  if (Array.isArray(value)) throw new UsageError(`${name}: expected one path, got ${value.length}: ${value.join(', ')}`)
  return value === undefined ? undefined : String(value)
}

/** Turn command-line flags into build options, refusing what cannot be meant. */
export function buildOptionsFrom(flags: CommonFlags, root = process.cwd()): BuildOptions & {outDir: string} {
  if (flags.now !== undefined && (!isoDateTimeWithOffset.test(String(flags.now)) || Number.isNaN(Date.parse(String(flags.now))))) {
    throw new UsageError(`--now: expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got "${flags.now}"`)
  }
  if (flags.baseUrl !== undefined && !/^https?:\/\/[^/]/.test(String(flags.baseUrl))) {
    throw new UsageError(`--base-url: expected an absolute http(s) URL, got "${flags.baseUrl}"`)
  }
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs: expected a whole number of threads from 1 up, got "${flags.jobs}"`)
  return {
    root,
    ...(jobs === undefined ? {} : {jobs}),
    ...(flags.cache === false ? {cache: false} : {}),
    outDir: resolve(root, pathOption('--out', flags.out) ?? 'dist'),
    ...(flags.baseUrl === undefined ? {} : {baseUrl: String(flags.baseUrl)}),
    ...(flags.now === undefined ? {} : {now: new Date(String(flags.now))}),
    drafts: flags.drafts === true
  }
}
