import {absoluteUrl, fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import type {SiteModel} from '../site-model.ts'

/** `/robots.txt`: everything may be crawled; here are the sitemaps. */
export function* robotsTxt(model: SiteModel): Iterable<OutputFile> {
  const sitemaps = [model.paths.sitemapIndex(), model.paths.newsSitemap()].map((path) => `Sitemap: ${absoluteUrl(model.config, path)}`)
  yield {path: fileForPath(model.paths.robots()), render: () => ['User-agent: *', 'Allow: /', '', ...sitemaps, ''].join('\n')}
}
