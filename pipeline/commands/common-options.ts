import {resolve} from 'node:path'
import type {BuildOptions} from '../build.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {CatalogError, problem} from '../diagnostics/catalog-entry.ts'
import {isoDateTimeWithOffset} from '../config/text-patterns.ts'

/** The options of the commands that build, as cac hands them over; each command takes those it uses. */
export interface CommonFlags {
  readonly out?: string | number | readonly string[]
  readonly baseUrl?: string
  readonly drafts?: boolean
  readonly now?: string
  readonly jobs?: string | number
  readonly cache?: boolean
}

/** Each of those options as `--help` shows it: the name cac parses and what it does. */
export const commonOptions: Readonly<Record<keyof CommonFlags, readonly [name: string, description: string]>> = {
  out: ['--out <dir>', 'Output folder (default: dist)'],
  baseUrl: ['--base-url <url>', 'Base of every absolute URL, instead of baseUrl in site.yaml'],
  drafts: ['--drafts', 'Publish drafts too'],
  now: ['--now <iso>', "The build's clock for embargoes and the news sitemap, e.g. 2026-11-28T10:00:00+05:00"],
  jobs: ['--jobs <n>', 'Threads to render in (default: one per core; 1 renders in the main thread)'],
  cache: ['--no-cache', 'Render everything afresh and keep nothing in .cache/matbuot/ (by default, what is unchanged is reused from there)']
}

/** A command line that cannot be meant: a mistyped option or value. */
export class UsageError extends CatalogError {
  override readonly name = 'UsageError'
}

/** A path as typed: cac reads `--out 2024` as a number and a repeated option as a list. */
export function pathOption(name: string, value: string | number | readonly string[] | undefined): string | undefined {
  if (Array.isArray(value)) throw new UsageError(problem(catalog.invalidOption, name, `expected one path, got ${value.length}: ${value.join(', ')}`))
  return value === undefined ? undefined : String(value)
}

/** Turn command-line flags into build options, refusing what cannot be meant. */
export function buildOptionsFrom(flags: CommonFlags, root = process.cwd()): BuildOptions & {outDir: string} {
  if (flags.now !== undefined && (!isoDateTimeWithOffset.test(String(flags.now)) || Number.isNaN(Date.parse(String(flags.now))))) {
    throw new UsageError(
      problem(catalog.invalidOption, '--now', `expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got "${flags.now}"`)
    )
  }
  if (flags.baseUrl !== undefined && !/^https?:\/\/[^/]/.test(String(flags.baseUrl))) {
    throw new UsageError(problem(catalog.invalidOption, '--base-url', `expected an absolute http(s) URL, got "${flags.baseUrl}"`))
  }
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    throw new UsageError(problem(catalog.invalidOption, '--jobs', `expected a whole number of threads from 1 up, got "${flags.jobs}"`))
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
