import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileForPath} from '../config/urls.ts'
import {projectFile} from '../runtime.ts'
import type {OutputFile} from './output-file.ts'
import type {SiteModel} from './site-model.ts'
import {searchScript} from './search/search-script.ts'

const stylesheet = readFileSync(projectFile('pipeline/outputs/assets/site.css'), 'utf8')

/** The stylesheet, the search page's script and every media file, copied as they are. */
export function* siteAssets(model: SiteModel): Iterable<OutputFile> {
  yield {path: fileForPath(model.paths.stylesheet()), render: () => stylesheet}
  if (model.config.search) yield {path: fileForPath(model.paths.searchScript()), render: searchScript}
  for (const file of model.mediaFiles) yield {path: file, copyFrom: join(model.contentDir, file)}
}
