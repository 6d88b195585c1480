import {readFile} from 'node:fs/promises'
import {projectFile} from '../runtime.ts'

/**
 * The browser modules the preview adds to every HTML page it serves (never to a built file): they
 * reload the page when a rebuild changed it and show a failed build's problems over it.
 */
const clientPrefix = '/__matbuot/'
export const eventsPath = `${clientPrefix}events`
const clientModules = ['reload.js', 'error-overlay.js'] as const
// The module a page loads; it imports the others.
const entry = `${clientPrefix}${clientModules[0]}`

/** The client's modules by URL path, read when the server starts; the events stream sits beside them. */
export async function readClientModules(): Promise<ReadonlyMap<string, string>> {
  const read = clientModules.map(
    async (name) => [`${clientPrefix}${name}`, await readFile(projectFile(`pipeline/dev/client/${name}`), 'utf8')] as const
  )
  return new Map(await Promise.all(read))
}

/** Insert the client before `</body>` of a preview page. */
export function withReloadClient(html: string): string {
  const tag = `<script type="module" src="${entry}"></script>`
  return html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag
}
