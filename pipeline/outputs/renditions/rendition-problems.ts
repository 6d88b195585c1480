import {catalog} from '../../diagnostics/catalog.ts'
import {problem, report} from '../../diagnostics/catalog-entry.ts'
import type {Diagnostic} from '../../diagnostics/diagnostic.ts'
import type {PublishedRelease} from '../site-model.ts'
import type {RenditionFailure} from './encode-renditions.ts'
import {mediaKeyOf} from './rendition-jobs.ts'

/**
 * A bad image is reported in every release that shows it, where it names it (its `image` key or
 * the body's first picture of it), since that is what an editor fixes; the site's default image at
 * `defaultImage` in the site config.
 */
export function renditionProblems(
  releases: readonly PublishedRelease[],
  defaultImage: {readonly key?: string | undefined; readonly configFile: string},
  failures: readonly RenditionFailure[]
): Diagnostic[] {
  const reasons = new Map(failures.map((failure) => [failure.source, failure.reason]))
  const reported = new Set<string>()
  const once = (file: string, source: string): boolean => {
    const key = `${file}\0${source}`
    if (reported.has(key)) return false
    reported.add(key)
    return true
  }
  const problems: Diagnostic[] = []
  for (const release of releases) {
    // A generated translation names its source file, whose problems are reported once.
    for (const article of Object.values(release.translations)) {
      const lead = article.image && mediaKeyOf(article.image)
      const leadReason = lead === undefined ? undefined : reasons.get(lead)
      if (lead !== undefined && leadReason !== undefined && once(article.file, lead)) {
        problems.push(report(article.file, problem(catalog.unusableImage, lead, leadReason), {...article.image?.place, field: 'image.src'}))
      }
      for (const key of article.bodyImages) {
        const reason = reasons.get(key)
        if (reason !== undefined && once(article.file, key)) {
          problems.push(report(article.file, problem(catalog.unusableImage, key, reason), {...article.bodyImagePlaces[key]}))
        }
      }
    }
  }
  const fallbackReason = defaultImage.key === undefined ? undefined : reasons.get(defaultImage.key)
  if (defaultImage.key !== undefined && fallbackReason !== undefined) {
    problems.push(report(defaultImage.configFile, problem(catalog.unusableImage, defaultImage.key, fallbackReason), {field: 'defaultImage'}))
  }
  return problems
}
