/**
 * One copy of each value that many releases hold alike. Values parsed from a file, read from the
 * store or brought back from a render thread are fresh copies even when they equal one the build
 * holds already: a release's slug and date in each of its languages, a front-matter layout's
 * field positions, a tag list, an empty list. Held for the whole build, copies of those cost more
 * than the releases' own text.
 *
 * Only for values that repeat: each distinct one is kept here too, for as long as this is.
 */
export class SharedValues {
  readonly #strings = new Map<string, string>()
  /** Plain data (no functions, no cycles), by its JSON. */
  readonly #values = new Map<string, unknown>()

  string(text: string): string {
    const held = this.#strings.get(text)
    if (held !== undefined) return held
    this.#strings.set(text, text)
    return text
  }

  value<T>(value: T): T {
    const key = JSON.stringify(value)
    if (this.#values.has(key)) return this.#values.get(key) as T
    this.#values.set(key, value)
    return value
  }
}
