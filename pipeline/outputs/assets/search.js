// The search page's script: reads `q` and the chosen filters from the address, asks the locale's
// Pagefind index, a bundle per half-year, and lists what it finds a page at a time. Older years are
// fetched only when the newer ones do not fill the page the reader asks for. Every text it shows
// is set as text, never as markup.
import {normalizeUzbekApostrophes} from '../../load/uzbek-apostrophes.ts'

const root = document.getElementById('search-results')
if (root) void start(root)

async function start(root) {
  const strings = JSON.parse(root.dataset.strings)
  const form = document.getElementById('search-query-page').form
  const status = root.querySelector('.search-status')
  const list = root.querySelector('.search-list')
  const more = root.querySelector('.search-more')
  const lang = document.documentElement.lang
  const params = new URLSearchParams(location.search)
  const typed = params.get('q') ?? ''
  form.elements.q.value = typed
  root.hidden = false

  const chosen = {tag: params.getAll('tag'), year: params.getAll('year')}
  showFilters(root.querySelector('.search-filters'), form, JSON.parse(root.dataset.filters), chosen, strings.filters)
  if (typed.trim() === '') return
  const nothingFound = () => (status.textContent = strings.noResults.replace('{{query}}', typed))
  // The bundles, newest first, each of a half-year; choosing years is choosing bundles. A language with no article yet has none.
  const all = JSON.parse(root.dataset.shards)
  const shards = chosen.year.length > 0 ? all.filter(({year}) => chosen.year.includes(year)) : all
  if (shards.length === 0) return nothingFound()

  status.textContent = strings.searching
  const pagefind = await import(`${shards[0].folder}pagefind.js`)
  // Sorted by date, a result's score is its place in its own year, and Pagefind merges bundles by
  // score: with every score 0 the merge keeps the bundles' order, newest year first, each sorted by
  // date. The records' URLs are already site paths.
  const inOrder = {baseUrl: '/', indexWeight: 0}
  await pagefind.options(inOrder)
  // Editors' and readers' keyboards type o'zbek; the index spells it oʻzbek, as the releases do.
  const query = root.dataset.uzbekLatin === '' ? normalizeUzbekApostrophes(typed).text : typed
  const options = {filters: chosen.tag.length > 0 ? {tag: chosen.tag} : {}, sort: {date: 'desc'}}
  let searched = 1
  let {results} = await pagefind.search(query, options)
  // One older bundle at a time, until there are `wanted` results or no bundle is left: the results
  // found so far stay as they were, in front, since every older one sorts after them.
  const find = async (wanted) => {
    while (results.length < wanted && searched < shards.length) {
      await pagefind.mergeIndex(shards[searched].folder, inOrder)
      searched++
      ;({results} = await pagefind.search(query, options))
    }
  }
  const plural = (texts, count) => texts[new Intl.PluralRules(lang).select(count)].replace('{{count}}', new Intl.NumberFormat(lang).format(count))

  // A result's text is fetched only when it is shown: a page of them, then another on request.
  const pageSize = Number(root.dataset.pageSize)
  let shown = 0
  const showMore = async () => {
    await find(shown + pageSize)
    const page = await Promise.all(results.slice(shown, shown + pageSize).map((result) => result.data()))
    const items = page.map(resultItem)
    list.append(...items)
    shown += page.length
    const everyShard = searched === shards.length
    more.hidden = shown >= results.length && everyShard
    if (results.length === 0) nothingFound()
    // Until every bundle is searched the count is of those searched, which the reader is told.
    else if (everyShard) status.textContent = plural(strings.results, results.length)
    else status.textContent = plural(strings.resultsSince, results.length).replace('{{date}}', shards[searched - 1].since)
    return items
  }
  more.addEventListener('click', async () => {
    // One page at a time: a second click while older years load would list the same results twice.
    more.disabled = true
    const items = await showMore().finally(() => (more.disabled = false))
    // The reader goes on where the new results start, not back at the top.
    items[0]?.querySelector('a')?.focus()
  })
  await showMore()
}

function resultItem(data) {
  const item = document.createElement('li')
  const image = data.meta.image ? thumbnail(data.meta) : undefined
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = data.url
  link.textContent = data.meta.title
  heading.append(link)
  const date = document.createElement('p')
  date.className = 'release-date'
  date.textContent = data.meta.date
  const summary = document.createElement('p')
  summary.textContent = data.meta.summary
  item.append(...(image ? [image] : []), heading, date, summary)
  return item
}

/** The lead image, small, as release lists show it; its alt is empty because the headline beside it already names the story. */
function thumbnail(meta) {
  const image = document.createElement('img')
  image.className = 'release-thumbnail'
  image.src = meta.image
  image.alt = ''
  if (meta.image_width && meta.image_height) {
    image.width = Number(meta.image_width)
    image.height = Number(meta.image_height)
  }
  image.loading = 'lazy'
  image.decoding = 'async'
  return image
}

/** A group of checkboxes per filter, in the page's form: choosing one searches again, the choice kept in the address. */
function showFilters(box, form, available, chosen, names) {
  const groups = Object.entries(available).flatMap(([filter, values]) => {
    const entries = Object.keys(values).sort()
    if (entries.length === 0) return []
    const group = document.createElement('fieldset')
    const legend = document.createElement('legend')
    legend.textContent = names[filter] ?? filter
    group.append(legend)
    for (const value of filter === 'year' ? entries.reverse() : entries) {
      const label = document.createElement('label')
      const input = document.createElement('input')
      input.type = 'checkbox'
      input.name = filter
      input.value = value
      input.checked = (chosen[filter] ?? []).includes(value)
      input.setAttribute('form', form.id)
      input.addEventListener('change', () => form.requestSubmit())
      label.append(input, ` ${value} (${values[value]})`)
      group.append(label)
    }
    return [group]
  })
  box.replaceChildren(...groups)
}
