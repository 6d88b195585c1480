import {mkdtemp} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext, type Page} from 'playwright-core'

// Debian's Chromium, started the way this machine's closed network wants it.
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** A headless Chromium with a fresh profile. */
export async function launchBrowser(): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'matbuot-chromium-'))
  return chromium.launchPersistentContext(profile, {executablePath: '/usr/bin/chromium', headless: true, args: flags})
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe-core's serious and critical accessibility violations on the open page. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({path: axeSource})
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {axe: {run: () => Promise<{violations: {id: string; impact: string; nodes: {target: string[]}[]}[]}>}}
    ).axe.run()
    return result.violations.map((v) => ({id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' '))}))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`)
}
