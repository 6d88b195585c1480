/** The known name a mistyped one most likely meant: a letter or two off, or another case; none when nothing is that close. */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const limit = typed.length <= 4 ? 1 : 2
  let best: {name: string; distance: number} | undefined
  for (const name of known) {
    const distance = name.toLowerCase() === typed.toLowerCase() ? 0 : editDistance(typed.toLowerCase(), name.toLowerCase())
    if (distance <= limit && (best === undefined || distance < best.distance)) best = {name, distance}
  }
  return best?.name
}

/** Letters added, dropped, changed or swapped with a neighbour, each counting one. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1)
    }
  }
  return rows[a.length]![b.length]!
}
