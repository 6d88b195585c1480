import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileForPath} from '../config/urls.ts'
import {projectFile} from '../runtime.ts'
import type {OutputFile} from './output-file.ts'
import {cacheNameOf} from './renditions/encode-renditions.ts'
import {renditionJobsOf} from './renditions/rendition-jobs.ts'
import type {SiteModel} from './site-model.ts'
import {searchScript} from './search/search-script.ts'

const stylesheet = readFileSync(projectFile('pipeline/outputs/assets/site.css'), 'utf8')

/** The stylesheet, the search page's script, every media file copied as it is, and the renditions pages use, from the cache the build filled. */
export function* siteAssets(model: SiteModel): Iterable<OutputFile> {
  yield {path: fileForPath(model.paths.stylesheet()), render: () => stylesheet}
  if (model.config.search) yield {path: fileForPath(model.paths.searchScript()), render: searchScript}
  for (const file of model.mediaFiles) yield {path: file, copyFrom: join(model.contentDir, file)}
  for (const job of renditionJobsOf(model)) {
    for (const rendition of job.renditions) {
      const name = cacheNameOf(job, rendition)
      yield {path: fileForPath(rendition.path), key: `rendition:${name}`, render: () => readFileSync(join(model.renditionCache, name))}
    }
  }
}
