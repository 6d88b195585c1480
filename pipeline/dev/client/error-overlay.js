// The preview's error overlay: a failed build's problems on an opaque panel over the last good page.
// Every word in it may come from content, so it is built with DOM calls and each text set as text.

const tagName = 'matbuot-error-overlay'

// Inside a shadow root, so the page's styles never reach the panel and the panel's never reach the page.
const css = `
/* Nothing inherited from the page; visible even while AMP's boilerplate hides the body. */
:host { all: initial; }
dialog {
  box-sizing: border-box;
  width: min(60rem, calc(100% - 2rem));
  max-width: none;
  max-height: calc(100% - 2rem);
  margin: auto;
  padding: 1.5rem;
  overflow: auto;
  border: 1px solid #52525b;
  border-block-start: 4px solid #f87171;
  border-radius: 0.5rem;
  background: #18181b;
  color: #f4f4f5;
  font: 16px/1.5 system-ui, sans-serif;
  text-align: start;
}
dialog::backdrop { background: rgb(0 0 0 / 0.6); }
.bar { display: flex; align-items: flex-start; justify-content: space-between; gap: 1rem; }
h2 { margin: 0; font-size: 1.25rem; color: #fca5a5; }
p { margin: 0.25rem 0; }
.summary, .hint { color: #d4d4d8; }
button {
  flex: none;
  padding: 0.25rem 0.75rem;
  border: 1px solid #a1a1aa;
  border-radius: 0.25rem;
  background: #27272a;
  color: #f4f4f5;
  font: inherit;
  cursor: pointer;
}
button:hover { background: #3f3f46; }
button:focus-visible, pre:focus-visible { outline: 3px solid #93c5fd; outline-offset: 2px; }
ol { margin: 1rem 0 0; padding: 0; list-style: none; }
li + li { margin-block-start: 1.25rem; padding-block-start: 1.25rem; border-block-start: 1px solid #3f3f46; }
.place, pre { font: 0.875rem/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.place { color: #93c5fd; font-weight: 600; overflow-wrap: anywhere; }
.message { white-space: pre-wrap; overflow-wrap: anywhere; }
pre { margin: 0.5rem 0; padding: 0.75rem; overflow-x: auto; border-radius: 0.25rem; background: #09090b; color: #e4e4e7; }
strong { color: #fde68a; }
`

/** An element with its attributes and, when given, its text. */
function element(name, attributes = {}, text = undefined) {
  const node = document.createElement(name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value)
  if (text !== undefined) node.textContent = text
  return node
}

/** One problem: where it is, what it is, the line it points at and what to do, each when known. */
function problemItem(problem) {
  const item = element('li')
  // Paths and code frames read left to right whatever the page's direction: the caret is aligned by columns.
  if (problem.place) item.append(element('p', {class: 'place', dir: 'ltr'}, problem.place))
  item.append(element('p', {class: 'message', lang: 'en'}, problem.message))
  // A long line scrolls sideways: focusable, so that a keyboard can scroll it too.
  if (problem.frame) item.append(element('pre', {dir: 'ltr', tabindex: '0'}, problem.frame))
  if (problem.hint) {
    const hint = element('p', {class: 'hint', lang: 'en'})
    hint.append(element('strong', {}, 'Hint: '), document.createTextNode(problem.hint))
    item.append(hint)
  }
  return item
}

/** The panel in the page's language and direction, its own English words marked as English. */
function panel(problems) {
  const page = document.documentElement
  const dialog = element('dialog', {
    role: 'alertdialog',
    'aria-labelledby': 'title',
    'aria-describedby': 'summary',
    dir: getComputedStyle(page).direction
  })
  if (page.lang) dialog.lang = page.lang
  const bar = element('div', {class: 'bar', lang: 'en'})
  const close = element('button', {type: 'button', autofocus: '', 'aria-keyshortcuts': 'Escape'}, 'Close')
  close.addEventListener('click', () => dialog.close())
  bar.append(element('h2', {id: 'title'}, 'Matbuot could not build the last change'), close)
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
  const summary = element(
    'p',
    {id: 'summary', class: 'summary', lang: 'en'},
    `${count}. This page is the last good build; it reloads once a save builds.`
  )
  const list = element('ol')
  list.append(...problems.map(problemItem))
  dialog.append(bar, summary, list)
  return dialog
}

/** Show a failed build's problems, in place of any shown before; the button and Escape close it. */
export function showErrorOverlay(problems) {
  removeErrorOverlay()
  const host = document.createElement(tagName)
  const dialog = panel(problems)
  // Closed by the button or by Escape (the dialog's own cancel): gone until the next build says more.
  dialog.addEventListener('close', () => host.remove())
  host.attachShadow({mode: 'open'}).append(element('style', {}, css), dialog)
  ;(document.body ?? document.documentElement).append(host)
  // Modal: the top layer above any z-index, the page behind inert, focus kept in the panel and given back on close.
  dialog.showModal()
}

export function removeErrorOverlay() {
  document.querySelector(tagName)?.remove()
}
