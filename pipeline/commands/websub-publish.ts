/**
 * WebSub publish pings: each hub the feeds name is told which feeds changed, so it can fetch them
 * and push them to its subscribers at once instead of their next poll.
 */
export interface PublishOptions {
  /** How long one request may take (default: 10 s). */
  readonly timeoutMs?: number
  /** Tries per hub and feed, the first included (default: 3). */
  readonly attempts?: number
  /** Wait before the second try, doubled before each later one (default: 500 ms). */
  readonly backoffMs?: number
}

export interface PublishOutcome {
  readonly notified: number
  /** One line per hub and feed that could not be told, for a warning: the build has succeeded either way. */
  readonly problems: readonly string[]
}

export async function publishToHubs(hubs: readonly string[], feeds: readonly string[], options: PublishOptions = {}): Promise<PublishOutcome> {
  const pings = hubs.flatMap((hub) => feeds.map((feed) => ({hub, feed})))
  const results = await Promise.all(pings.map(({hub, feed}) => ping(hub, feed, options)))
  const problems = results.flatMap((problem, index) =>
    problem === undefined
      ? []
      : [
          `could not tell the WebSub hub ${pings[index]!.hub} that ${pings[index]!.feed} changed (${problem}); its subscribers see the change at their next poll`
        ]
  )
  return {notified: pings.length - problems.length, problems}
}

/** One publish request, tried again after a network failure or a server error; the last problem, or undefined once the hub took it. */
async function ping(hub: string, feed: string, {timeoutMs = 10_000, attempts = 3, backoffMs = 500}: PublishOptions): Promise<string | undefined> {
  let problem = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 2)))
    try {
      const response = await fetch(hub, {
        method: 'POST',
        headers: {'content-type': 'application/x-www-form-urlencoded'},
        body: new URLSearchParams({'hub.mode': 'publish', 'hub.url': feed}).toString(),
        signal: AbortSignal.timeout(timeoutMs)
      })
      await response.body?.cancel()
      if (response.ok) return undefined
      problem = `it answered ${response.status}`
      // A refusal stays a refusal; only a hub that is busy or failing may take it later.
      if (response.status < 500 && response.status !== 429) return problem
    } catch (error) {
      problem = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'it could not be reached'
    }
  }
  return problem
}
