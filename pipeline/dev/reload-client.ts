/**
 * The script the preview adds to every HTML page it serves (never to a built file): it reloads
 * the page when a rebuild succeeds and shows the build's errors over the page when one fails.
 */
export const reloadClientPath = '/__matbuot/reload.js'
export const eventsPath = '/__matbuot/events'

export const reloadClient = `(() => {
  const events = new EventSource(${JSON.stringify(eventsPath)});
  let build = null;
  const overlayId = 'matbuot-error-overlay';
  const showErrors = (text) => {
    let overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = overlayId;
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'Matbuot: the last change could not be built.\\n\\n' + text;
  };
  events.addEventListener('build', (event) => {
    const data = JSON.parse(event.data);
    if (!data.ok) return showErrors(data.errors);
    const here = location.pathname.replace(/index\\.html$/, '');
    if (build !== null && build !== data.id && (!data.changed || data.changed.includes(here))) return location.reload();
    build = data.id;
    document.getElementById(overlayId)?.remove();
  });
})();
`

/** Insert the client before `</body>` of a preview page. */
export function withReloadClient(html: string): string {
  const tag = `<script src="${reloadClientPath}"></script>`
  return html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag
}
