// The preview's client in the browser: it reloads the page when a rebuild changed it and shows a
// failed build's problems over the last good page until a save builds again.
import {removeErrorOverlay, showErrorOverlay} from './error-overlay.js'

// The server keeps its events stream beside this module.
const events = new EventSource(new URL('events', import.meta.url))
/** The build this page shows, learnt from its first event; a failed build carries the last good one's. */
let build = null

events.addEventListener('build', (event) => {
  const data = JSON.parse(event.data)
  if (build === null) build = data.id
  if (!data.ok) return showErrorOverlay(data.problems)
  const here = location.pathname.replace(/index\.html$/, '')
  if (build !== data.id && (!data.changed || data.changed.includes(here))) return location.reload()
  build = data.id
  removeErrorOverlay()
})
