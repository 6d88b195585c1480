import {catalog} from '../../diagnostics/catalog.ts'
import {problem, report} from '../../diagnostics/catalog-entry.ts'
import type {Diagnostic} from '../../diagnostics/diagnostic.ts'
import type {SiteModel} from '../site-model.ts'
import type {RenditionFailure} from './encode-renditions.ts'
import {mediaKeyOf} from './rendition-jobs.ts'

/** A bad image is reported in every release that shows it, at its `image` key, since that is what an editor fixes. */
export function renditionProblems(model: SiteModel, failures: readonly RenditionFailure[]): Diagnostic[] {
  const reasons = new Map(failures.map((failure) => [failure.source, failure.reason]))
  const seen = new Set<string>()
  return model.releases.flatMap((release) =>
    Object.values(release.translations).flatMap((article) => {
      const reason = article.image && reasons.get(mediaKeyOf(article.image))
      // A generated translation names its source file, which is already reported.
      if (!article.image || reason === undefined || seen.has(article.file)) return []
      seen.add(article.file)
      return [report(article.file, problem(catalog.unusableImage, mediaKeyOf(article.image), reason), {...article.image.place, field: 'image.src'})]
    })
  )
}
