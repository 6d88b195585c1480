// The search page's script: reads `q` and the chosen filters from the address, asks the locale's
// Pagefind index and lists what it finds. Every text it shows is set as text, never as markup.
import {normalizeUzbekApostrophes} from '../../load/uzbek-apostrophes.ts'

const root = document.getElementById('search-results')
if (root) void start(root)

async function start(root) {
  const strings = JSON.parse(root.dataset.strings)
  const form = document.getElementById('search-query-page').form
  const status = root.querySelector('.search-status')
  const list = root.querySelector('.search-list')
  const lang = document.documentElement.lang
  const params = new URLSearchParams(location.search)
  const typed = params.get('q') ?? ''
  form.elements.q.value = typed
  root.hidden = false

  const pagefind = await import(`${root.dataset.bundle}pagefind.js`)
  // Pagefind picks the index by the page's lang; its records' URLs are already site paths.
  await pagefind.options({baseUrl: '/'})
  const chosen = {tag: params.getAll('tag'), year: params.getAll('year')}
  showFilters(root.querySelector('.search-filters'), form, await pagefind.filters(), chosen, strings.filters)
  if (typed.trim() === '') return

  // Editors' and readers' keyboards type o'zbek; the index spells it oʻzbek, as the releases do.
  const query = root.dataset.uzbekLatin === '' ? normalizeUzbekApostrophes(typed).text : typed
  status.textContent = strings.searching
  const filters = {...(chosen.tag.length > 0 ? {tag: chosen.tag} : {}), ...(chosen.year.length > 0 ? {year: {any: chosen.year}} : {})}
  const search = await pagefind.search(query, {filters, sort: {date: 'desc'}})
  const found = await Promise.all(search.results.map((result) => result.data()))
  const count = new Intl.NumberFormat(lang).format(found.length)
  status.textContent =
    found.length === 0
      ? strings.noResults.replace('{{query}}', typed)
      : strings.results[new Intl.PluralRules(lang).select(found.length)].replace('{{count}}', count)
  list.replaceChildren(...found.map(resultItem))
}

function resultItem(data) {
  const item = document.createElement('li')
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
  item.append(heading, date, summary)
  return item
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
