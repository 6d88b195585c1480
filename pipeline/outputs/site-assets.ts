import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileForPath} from '../config/urls.ts'
import {projectFile} from '../runtime.ts'
import type {OutputFile} from './output-file.ts'
import type {SiteModel} from './site-model.ts'

const stylesheet = readFileSync(projectFile('pipeline/outputs/assets/site.css'), 'utf8')

/** The stylesheet and every media file, copied as they are. */
export function* siteAssets(model: SiteModel): Iterable<OutputFile> {
  yield {path: fileForPath(model.paths.stylesheet()), render: () => stylesheet}
  for (const file of model.mediaFiles) yield {path: file, copyFrom: join(model.contentDir, file)}
}
