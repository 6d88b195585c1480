import {cac} from 'cac'
import {buildCommand} from './commands/build-command.ts'
import {checkCommand} from './commands/check-command.ts'
import {UsageError} from './commands/common-options.ts'
import {devCommand} from './commands/dev-command.ts'
import {expectedFailure} from './commands/expected-failure.ts'
import {newCommand} from './commands/new-command.ts'
import {colors} from './report/terminal.ts'
import {version} from './version.ts'

const cli = cac('matbuot')

/** Options every command that builds shares. */
function common<T extends ReturnType<typeof cli.command>>(command: T): T {
  return command
    .option('--out <dir>', 'Output folder (default: dist)')
    .option('--base-url <url>', 'Base of every absolute URL, instead of baseUrl in site.yaml')
    .option('--drafts', 'Publish drafts too')
    .option('--now <iso>', "The build's clock for embargoes and the news sitemap, e.g. 2026-11-28T10:00:00+05:00")
    .option('--jobs <n>', 'Threads to render in (default: one per core; 1 renders in the main thread)')
    .option('--no-cache', 'Render everything afresh and keep nothing in .cache/matbuot/') as T
}

/** A command's exit status becomes the process's. */
const exitWith =
  <F>(command: (flags: F) => Promise<number>) =>
  async (flags: F) => {
    process.exitCode = await command(flags)
  }

common(cli.command('build', 'Build the site from content/ into the output folder'))
  .option('--partner-bundle <dir>', 'Also write the syndication tree, embargoed releases included, into this private folder')
  .action(exitWith(buildCommand))

common(cli.command('check', 'Validate content/ and locales/ without writing anything'))
  .option('--format <format>', 'text for people, json for machines (default: text)')
  .action(exitWith(checkCommand))

cli
  .command('new', 'Write the files of a new release, as drafts')
  .option('--title <title>', 'The headline; the slug is made from it')
  .option('--locales <list>', 'Languages to write, e.g. en,ru (default: en,ru,uz)')
  .option('--date <iso>', 'Publication date-time with offset (default: now in the site time zone)')
  .action(exitWith(newCommand))

common(cli.command('dev', 'Preview the site with live reload while you edit'))
  .option('--port <port>', 'Port on 127.0.0.1 (default: a free one, printed)')
  .action(exitWith(devCommand))

cli.help()
cli.version(version)

try {
  cli.parse(process.argv, {run: false})
  if (cli.matchedCommand) await cli.runMatchedCommand()
  else if (cli.args.length > 0) throw new UsageError(`Unknown command "${cli.args[0]}", expected one of: build, check, new, dev (see matbuot --help)`)
  else if (!cli.options.help && !cli.options.version) cli.outputHelp()
} catch (error) {
  // Usage mistakes and places Matbuot cannot work in get a one-line answer; anything else is a bug and keeps its stack.
  const failure = expectedFailure(error)
  if (!failure) throw error
  console.error(colors.red(failure.message))
  process.exitCode = failure.status
}
