import {catalog} from './diagnostics/catalog.ts'
import {problem, report} from './diagnostics/catalog-entry.ts'
import type {Diagnostic} from './diagnostics/diagnostic.ts'
import type {SiteModel} from './outputs/site-model.ts'
import type {SiteStore} from './store/site-store.ts'

/**
 * Remember what this build published as withdrawn, and name each release-language that an
 * earlier build withdrew and this one publishes again: its `withdrawn` was removed, or its file
 * was deleted and added again without it. Said once, by the build that republishes it; a
 * withdrawn release whose file is deleted stays remembered.
 */
export function republishedReleases(store: SiteStore, model: SiteModel): Diagnostic[] {
  return store.transaction(() => {
    const remembered = store.withdrawals()
    const warned = new Set<string>()
    const problems: Diagnostic[] = []
    for (const release of model.releases) {
      for (const article of Object.values(release.translations)) {
        const name = `${article.locale}/${article.slug}`
        if (article.withdrawn) {
          store.putWithdrawal(name, article.withdrawn.date.iso)
          continue
        }
        const date = remembered.get(name)
        if (date === undefined) continue
        store.putWithdrawal(name, undefined)
        // A generated version (uz-Cyrl) is its source file's: that file is named once.
        if (warned.has(article.file)) continue
        warned.add(article.file)
        problems.push(report(article.file, problem(catalog.republishedRelease, article.path, date), {field: 'withdrawn'}))
      }
    }
    return problems
  })
}
