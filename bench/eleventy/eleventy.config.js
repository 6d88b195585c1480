// Eleventy's side of the benchmark: an HTML page per release per language with a minimal layout
// (_includes/article.njk, copied into each corpus) and one Atom feed per language.
// Run from a corpus's eleventy/ folder: eleventy --config=<this file> --input=. --output=<dir>
import {feedPlugin} from '@11ty/eleventy-plugin-rss'

const site = {base: 'https://dunyo.example/', author: 'Dunyo'}
const locales = [
  {code: 'en', tag: 'en', title: 'Dunyo'},
  {code: 'ru', tag: 'ru', title: 'Дунё'},
  {code: 'uz', tag: 'uz-Latn', title: 'Dunyo'}
]

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy('media')
  eleventyConfig.addGlobalData('locales', locales)
  eleventyConfig.addGlobalData('site', site)
  eleventyConfig.addFilter('isoDate', (date) => date.toISOString())
  // The same page in another language: the URL with its first segment swapped.
  eleventyConfig.addFilter('inLocale', (url, code) => url.replace(/^\/[a-z]{2}\//, `/${code}/`))

  // One feed per language, of the newest 50 releases, full content with absolute URLs.
  for (const locale of locales) {
    eleventyConfig.addPlugin(feedPlugin, {
      type: 'atom',
      outputPath: `/${locale.code}/atom.xml`,
      inputPath: `feed-${locale.code}.njk`,
      collection: {name: `release_${locale.code}`, limit: 50},
      metadata: {language: locale.tag, title: locale.title, subtitle: locale.title, base: site.base, author: {name: site.author}}
    })
  }
}

export const config = {
  templateFormats: ['md', 'njk'],
  // Releases are plain Markdown: no template language runs over them, as in Matbuot and Hugo.
  markdownTemplateEngine: false,
  dir: {includes: '_includes'}
}
