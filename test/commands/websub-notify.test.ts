import {spawn} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {readWithFeedparser} from '../support/feed-readers.ts'
import {fixtureConfig, makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'

/** A publish request as a hub received it. */
interface Received {
  readonly method: string
  readonly contentType: string
  readonly body: URLSearchParams
}

/** A hub on 127.0.0.1 that records each request; `answers` are its status codes in turn (then 204). */
async function startHub(answers: number[] = []): Promise<{url: string; received: Received[]; server: Server}> {
  const received: Received[] = []
  const server = createServer(async (request: IncomingMessage, response) => {
    let body = ''
    for await (const chunk of request) body += chunk
    received.push({method: request.method ?? '', contentType: request.headers['content-type'] ?? '', body: new URLSearchParams(body)})
    response.writeHead(answers.shift() ?? 204).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`, received, server}
}

/** The command run as an editor would, without blocking this process, whose hub must answer meanwhile. */
function build(cwd: string, ...args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, 'pipeline/matbuot.js'), 'build', ...args], {cwd, env: {...process.env, NO_COLOR: '1'}})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (status) => resolve({status, stdout, stderr}))
  })
}

const servers: Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

async function siteWithHubs(...hubs: string[]): Promise<string> {
  return makeSite(
    {
      'content/media/logo.png': tinyPng,
      'content/2024/05/deal.en.md': release({title: 'Deal'}),
      'content/2024/05/deal.ru.md': release({title: 'Сделка'})
    },
    {config: `${fixtureConfig}hubs: [${hubs.join(', ')}]\n`}
  )
}

const feedsOf = (locale: string) => ['rss.xml', 'atom.xml', 'feed.json'].map((file) => `https://news.test/${locale}/${file}`)

describe('WebSub', () => {
  it('should name the hubs in every feed, beside its self link', async () => {
    const root = await siteWithHubs('https://hub.example/', 'https://other-hub.example/publish')
    expect((await build(root)).status).toBe(0)
    const rss = await readFile(join(root, 'dist/en/rss.xml'), 'utf8')
    expect(rss).toContain('<atom:link href="https://news.test/en/rss.xml" rel="self" type="application/rss+xml"/>')
    expect(rss).toContain('<atom:link href="https://hub.example/" rel="hub"/>')
    const atom = await readFile(join(root, 'dist/en/atom.xml'), 'utf8')
    expect(atom).toContain('<link rel="self" href="https://news.test/en/atom.xml"/>')
    expect(atom).toContain('<link rel="hub" href="https://other-hub.example/publish"/>')
    const json = JSON.parse(await readFile(join(root, 'dist/ru/feed.json'), 'utf8'))
    // Still feeds a reader takes without complaint.
    for (const file of ['rss.xml', 'atom.xml']) expect(readWithFeedparser(join(root, 'dist/en', file)).title).toBe('Dunyo — English')
    expect(json.hubs).toEqual([
      {type: 'WebSub', url: 'https://hub.example/'},
      {type: 'WebSub', url: 'https://other-hub.example/publish'}
    ])
  })

  it('should send each hub the publish request for each feed a build changed, as the recommendation says, and none when nothing changed', async () => {
    const hub = await startHub()
    servers.push(hub.server)
    const root = await siteWithHubs(hub.url)
    const first = await build(root, '--notify')
    expect(first.status).toBe(0)
    // Uzbek has no release yet, but its (empty) feeds are new too.
    expect(first.stdout).toContain('notified 1 WebSub hub of 9 changed feeds (9 of 9 pings taken)')
    for (const request of hub.received) {
      expect(request.method).toBe('POST')
      expect(request.contentType).toBe('application/x-www-form-urlencoded')
      expect(request.body.get('hub.mode')).toBe('publish')
    }
    expect(hub.received.map((r) => r.body.get('hub.url')).sort()).toEqual([...feedsOf('en'), ...feedsOf('ru'), ...feedsOf('uz')].sort())

    // A build that changes only the Russian release changes only the Russian feeds.
    hub.received.length = 0
    await writeFile(join(root, 'content/2024/05/deal.ru.md'), release({title: 'Новая сделка'}))
    expect((await build(root, '--notify')).status).toBe(0)
    expect(hub.received.map((r) => r.body.get('hub.url')).sort()).toEqual(feedsOf('ru').sort())

    hub.received.length = 0
    const unchanged = await build(root, '--notify')
    expect(unchanged.stdout).toContain('hubs not notified: no feed changed')
    expect(hub.received).toEqual([])
  })

  it('should try a failing hub again, and only warn when a hub cannot be reached: the build has succeeded', async () => {
    const busy = await startHub([503, 503])
    servers.push(busy.server)
    const gone = await startHub()
    gone.server.close()
    const root = await siteWithHubs(busy.url, gone.url)
    const result = await build(root, '--notify')
    expect(result.status).toBe(0)
    // The busy hub refused the first two pings and took them when they came again: nine feeds, eleven requests.
    expect(busy.received).toHaveLength(11)
    expect(new Set(busy.received.map((r) => r.body.get('hub.url'))).size).toBe(9)
    expect(result.stderr).toContain(
      `warning: could not tell the WebSub hub ${gone.url} that https://news.test/en/rss.xml changed (it could not be reached)`
    )
    expect(result.stdout).toContain('notified 2 WebSub hubs of 9 changed feeds (9 of 18 pings taken)')
  })
})
