import type {BrowserContext, Page} from 'playwright-core'
import {launchBrowser} from './browser.ts'

/** What one page did and held in a real browser. */
export interface PageReport {
  readonly url: string
  /** alert, confirm, prompt or print called, or a dialog opened: proof that a script ran. */
  readonly calls: string[]
  /** securitypolicyviolation events of the report-only policy: directive, blocked URI and sample. */
  readonly violations: {readonly directive: string; readonly blocked: string; readonly sample: string}[]
  /** Requests to anything but the page's own origin (each was aborted, never sent). */
  readonly foreignRequests: {readonly url: string; readonly type: string}[]
  readonly consoleMessages: string[]
  readonly pageErrors: string[]
  /** Where the top frame ended up when it is not the page asked for (a refresh, a script). */
  readonly navigatedTo: string[]
  /** The parsed DOM as the browser built it; undefined when the page could not be read. */
  readonly dom?: DomFacts
  readonly loadError?: string
}

export interface DomFacts {
  /** Script, plug-ins, frames, forms, handlers, script URLs, foreign (SVG, MathML) elements. */
  readonly activeContent: string[]
  /** Each JSON-LD block: its parsed value, or why it does not parse. */
  readonly jsonLd: ({readonly ok: true; readonly value: unknown} | {readonly ok: false; readonly error: string; readonly text: string})[]
  /** Every img and amp-img source, resolved as the browser resolves it. */
  readonly images: string[]
  /** Links to a fragment of this same document that no element's id (or an a's name) is. */
  readonly brokenFragments: string[]
  /** The text of the elements each entry of `texts` matched, or their attribute named after ` @`. */
  readonly texts: Readonly<Record<string, string[]>>
}

export interface ProbeOptions {
  /** `selectors` (their text) or `selectors @attribute` for each text to read, by name. */
  readonly texts?: Readonly<Record<string, string>>
  /** Scripts allowed to be requested from other origins (default: none), e.g. the AMP runtime. */
  readonly allowScript?: (url: string) => boolean
}

// Runs in every frame before any script of the page: records instead of showing dialogs.
const instrument = String.raw`(() => {
  const report = (kind, detail) => { try { window.__probeReport(kind, detail) } catch {} }
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const stand = function (...args) { report('call', name + '(' + args.map((a) => String(a)).join(', ') + ')'); return name === 'prompt' ? null : undefined }
    Object.defineProperty(window, name, {value: stand, writable: false, configurable: false})
  }
  window.addEventListener('securitypolicyviolation', (e) => report('csp', JSON.stringify({directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample})), true)
})()`

/** One headless Chromium that opens pages of one origin and reports what each did. */
export class PageProbe {
  private readonly reports = new Map<Page, Record<string, unknown[]>>()
  private readonly idle: Page[] = []

  private constructor(
    private readonly context: BrowserContext,
    private readonly origin: string
  ) {}

  static async start(origin: string, concurrency = 4): Promise<PageProbe> {
    const context = await launchBrowser()
    const probe = new PageProbe(context, origin)
    await context.exposeBinding('__probeReport', ({page}, kind: string, detail: string) => {
      const report = probe.reports.get(page)
      if (!report) return
      if (kind === 'call') report.calls!.push(detail)
      else if (kind === 'csp') report.violations!.push(JSON.parse(detail))
    })
    await context.addInitScript(instrument)
    // Nothing may leave the origin: every other request is recorded and aborted before it is sent.
    await context.route('**/*', (route) => {
      const request = route.request()
      if (request.url().startsWith(`${origin}/`)) return route.continue()
      let page: Page | undefined
      try {
        page = request.frame().page()
      } catch {
        // A worker's request has no frame; it still never leaves.
      }
      if (page) probe.reports.get(page)?.foreignRequests!.push({url: request.url(), type: request.resourceType()})
      return route.abort('blockedbyclient')
    })
    for (let i = 0; i < concurrency; i++) {
      const page = await context.newPage()
      page.on('dialog', (dialog) => {
        probe.reports.get(page)?.calls!.push(`dialog ${dialog.type()}: ${dialog.message()}`)
        void dialog.dismiss().catch(() => undefined)
      })
      page.on('console', (message) => probe.reports.get(page)?.consoleMessages!.push(`${message.type()}: ${message.text()}`))
      page.on('pageerror', (error) => probe.reports.get(page)?.pageErrors!.push(String(error)))
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) probe.reports.get(page)?.navigatedTo!.push(frame.url())
      })
      probe.idle.push(page)
    }
    return probe
  }

  /** Open every path (concurrently, one tab each) and report on each, in the order given. */
  async visitAll(paths: readonly string[], options: (path: string) => ProbeOptions): Promise<PageReport[]> {
    const reports: PageReport[] = new Array(paths.length)
    let next = 0
    await Promise.all(
      this.idle.map(async (page) => {
        while (next < paths.length) {
          const index = next++
          reports[index] = await this.visit(page, paths[index]!, options(paths[index]!))
        }
      })
    )
    return reports
  }

  private async visit(page: Page, path: string, options: ProbeOptions): Promise<PageReport> {
    const url = new URL(path, `${this.origin}/`).href
    const raw: Record<string, unknown[]> = {calls: [], violations: [], foreignRequests: [], consoleMessages: [], pageErrors: [], navigatedTo: []}
    this.reports.set(page, raw)
    let dom: DomFacts | undefined
    let loadError: string | undefined
    try {
      await page.goto(url, {waitUntil: 'load', timeout: 20_000})
      // As if the reader scrolled through the page: lazy images and frames load too.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('[loading]'))) el.setAttribute('loading', 'eager')
      })
      // Let what the load queued run: error and toggle events, autofocus, violation reports.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 150)))
      dom = await page.evaluate(readDom, {texts: options.texts ?? {}})
    } catch (error) {
      loadError = String(error)
    }
    this.reports.delete(page)
    const allowScript = options.allowScript ?? (() => false)
    const foreignRequests = (raw.foreignRequests as PageReport['foreignRequests']).filter((r) => !(r.type === 'script' && allowScript(r.url)))
    const violations = (raw.violations as PageReport['violations']).filter((v) => !(v.directive.startsWith('script-src') && allowScript(v.blocked)))
    return {
      url: path,
      calls: raw.calls as string[],
      violations,
      foreignRequests,
      consoleMessages: raw.consoleMessages as string[],
      pageErrors: raw.pageErrors as string[],
      navigatedTo: (raw.navigatedTo as string[]).filter((to) => to !== url),
      ...(dom ? {dom} : {}),
      ...(loadError ? {loadError} : {})
    }
  }

  close(): Promise<void> {
    return this.context.close()
  }
}

/** Runs in the page: the facts of the DOM the browser built from the served bytes. */
function readDom({texts}: {texts: Record<string, string>}): DomFacts {
  const xhtml = 'http://www.w3.org/1999/xhtml'
  const urlAttributes = new Set([
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'cite',
    'poster',
    'data',
    'codebase',
    'background',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'ping',
    'manifest',
    'icon',
    'usemap',
    'archive',
    'classid',
    'xlink:href',
    'xml:base'
  ])
  const scriptUrl = /^(?:javascript|vbscript|livescript|data):/i
  const plugins = new Set([
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'form',
    'button',
    'select',
    'textarea',
    'portal',
    'fencedframe'
  ])
  const describe = (el: Element) => el.outerHTML.slice(0, 160).replace(/\s+/g, ' ')
  const activeContent: string[] = []
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const name = el.localName
    const inBody = el.closest('body') !== null
    if (el.namespaceURI !== xhtml) activeContent.push(`foreign element ${el.namespaceURI}: ${describe(el)}`)
    if (name === 'script') {
      const type = el.getAttribute('type')
      const ampRuntime = !inBody && /^https:\/\/cdn\.ampproject\.org\/v0(?:\.js|\/amp-[a-z-]+-\d+\.\d+\.js)$/.test(el.getAttribute('src') ?? '')
      if (type !== 'application/ld+json' && !ampRuntime) activeContent.push(`script: ${describe(el)}`)
    }
    if (plugins.has(name)) activeContent.push(`${name}: ${describe(el)}`)
    if (name === 'input' && !((el as HTMLInputElement).type === 'checkbox' && (el as HTMLInputElement).disabled))
      activeContent.push(`input: ${describe(el)}`)
    if (inBody && (name === 'style' || name === 'link' || name === 'meta')) activeContent.push(`${name} in body: ${describe(el)}`)
    for (const attribute of Array.from(el.attributes)) {
      if (/^on/i.test(attribute.localName)) activeContent.push(`handler ${attribute.name}: ${describe(el)}`)
      if (inBody && attribute.name === 'style') activeContent.push(`style attribute: ${describe(el)}`)
      if (urlAttributes.has(attribute.name) || attribute.localName === 'href') {
        // As a URL parser reads it: leading/trailing C0 and spaces, and tabs and newlines anywhere, are dropped.
        const candidates = attribute.name === 'srcset' ? attribute.value.split(',') : [attribute.value]
        if (candidates.some((c) => scriptUrl.test(c.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')))) {
          activeContent.push(`script URL in ${attribute.name}: ${describe(el)}`)
        }
      }
    }
  }
  const jsonLd = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((el) => {
    const text = el.textContent ?? ''
    try {
      return {ok: true as const, value: JSON.parse(text) as unknown}
    } catch (error) {
      return {ok: false as const, error: String(error), text: text.slice(0, 300)}
    }
  })
  const images = Array.from(document.querySelectorAll('img, amp-img'))
    .filter((el) => el.hasAttribute('src'))
    .map((el) => {
      try {
        return new URL(el.getAttribute('src')!, document.baseURI).href
      } catch {
        return `unparsable ${el.getAttribute('src')}`
      }
    })
  // As a browser scrolls to a fragment: the id as written, then percent-decoded.
  const here = new URL(document.URL)
  const brokenFragments = Array.from(document.querySelectorAll('a[href]')).flatMap((el) => {
    let url: URL
    try {
      url = new URL(el.getAttribute('href')!, document.baseURI)
    } catch {
      return []
    }
    if (url.hash.length <= 1 || url.origin + url.pathname + url.search !== here.origin + here.pathname + here.search) return []
    const raw = url.hash.slice(1)
    let decoded = raw
    try {
      decoded = decodeURIComponent(raw)
    } catch {
      // Left as written.
    }
    const found = [raw, decoded].some((id) => document.getElementById(id) ?? document.querySelector(`a[name="${CSS.escape(id)}"]`))
    return found || raw.toLowerCase() === 'top' ? [] : [describe(el)]
  })
  const read: Record<string, string[]> = {}
  for (const [key, spec] of Object.entries(texts)) {
    const at = spec.lastIndexOf(' @')
    const [selector, attribute] = at === -1 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 2)]
    read[key] = Array.from(document.querySelectorAll(selector)).map((el) => (attribute ? (el.getAttribute(attribute) ?? '') : (el.textContent ?? '')))
  }
  return {activeContent, jsonLd, images, brokenFragments, texts: read}
}
