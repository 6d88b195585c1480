import {setFlagsFromString} from 'node:v8'
import {cac} from 'cac'
import {buildCommand, buildCommandOptions} from './commands/build-command.ts'
import {checkCommand, checkCommandOptions} from './commands/check-command.ts'
import {commonOptions, UsageError, type CommonFlags} from './commands/common-options.ts'
import {devCommand, devCommandOptions} from './commands/dev-command.ts'
import {catalog} from './diagnostics/catalog.ts'
import {problem} from './diagnostics/catalog-entry.ts'
import {expectedFailure} from './commands/expected-failure.ts'
import {newCommand} from './commands/new-command.ts'
import {colors} from './report/terminal.ts'
import {version} from './version.ts'

// V8 lets a heap grow to several times what it holds before it collects; a build's heap holds
// the facts of every release, so the growth is what made memory rise with the archive. Growing
// by a quarter at a time costs more collections (about a tenth more CPU in a cold build of
// 1,000 releases) and takes about a fifth less memory. The flag is process-wide, so the render
// threads started later share it.
setFlagsFromString('--heap-growing-percent=25')

const cli = cac('matbuot')

/** Give `command` the shared options it uses, and only those: an option it ignored would mislead. */
function withOptions<T extends ReturnType<typeof cli.command>>(command: T, names: readonly (keyof CommonFlags)[]): T {
  for (const name of names) command.option(...commonOptions[name])
  // cac defaults every --no-x option to true, which its help would print as "(default: true)".
  for (const option of command.options) if (option.negated) delete option.config.default
  return command
}

/** A command's exit status becomes the process's. */
const exitWith =
  <F>(command: (flags: F) => Promise<number>) =>
  async (flags: F) => {
    process.exitCode = await command(flags)
  }

withOptions(cli.command('build', 'Build the site from content/ into the output folder'), buildCommandOptions)
  .option('--partner-bundle <dir>', 'Also write the syndication tree, embargoed releases included, into this private folder')
  .option('--notify', 'Tell the WebSub hubs that site.yaml names about each feed this build changed')
  .action(exitWith(buildCommand))

withOptions(cli.command('check', 'Validate content/ and locales/ without writing anything'), checkCommandOptions)
  .option('--format <format>', 'text for people, json for machines (default: text)')
  .action(exitWith(checkCommand))

cli
  .command('new', 'Write the files of a new release, as drafts')
  .option('--title <title>', 'The headline; the slug is made from it')
  .option('--locales <list>', 'Languages to write, e.g. en,ru (default: en,ru,uz)')
  .option('--date <iso>', 'Publication date-time with offset (default: now in the site time zone)')
  .action(exitWith(newCommand))

withOptions(cli.command('dev', 'Preview the site with live reload while you edit'), devCommandOptions)
  .option('--port <port>', 'Port on 127.0.0.1 (default: a free one, printed)')
  .action(exitWith(devCommand))

cli.help()
cli.version(version)

try {
  cli.parse(process.argv, {run: false})
  if (cli.matchedCommand) await cli.runMatchedCommand()
  else if (cli.args.length > 0) throw new UsageError(problem(catalog.unknownCommand, String(cli.args[0]), ['build', 'check', 'new', 'dev']))
  else if (!cli.options.help && !cli.options.version) cli.outputHelp()
} catch (error) {
  // Usage mistakes and places Matbuot cannot work in get a one-line answer; anything else is a bug and keeps its stack.
  const failure = expectedFailure(error)
  if (!failure) throw error
  console.error(colors.red(failure.message))
  process.exitCode = failure.status
}
