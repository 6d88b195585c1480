/*
 * What "a URL we can publish" means. The WHATWG parser forgives a lot (spaces, backslashes,
 * empty labels in a host) that the Nu Html Checker and the AMP validator do not, so a URL
 * must both parse and be written the strict way: URL code points only, `%` only before two
 * hexadecimal digits, one `#`, a host made of non-empty labels, no user name or password.
 */

/** Resolves relative URLs for parsing only: the verdict never depends on the site. */
const parseBase = 'https://base.invalid/'

/** URL code points below U+00A0, beside `%` (checked on its own) and `#` (allowed once). */
const asciiUrlCodePoint = /[A-Za-z0-9!$&'()*+,\-./:;=?@_~]/
const names: Readonly<Record<string, string>> = {
  ' ': 'space',
  '\\': 'backslash',
  '`': 'backtick',
  '\t': 'tab',
  '\n': 'line break',
  '\r': 'line break'
}
/** `scheme://[ipv6]`: the only place brackets may stand. */
const bracketedHost = /^(?:[a-z][a-z\d+.-]*:)?\/\/\[[\da-f:.]+\]/i
/** A host label: letters (any script), digits, `-` and `_` (AMP rejects a `%` that stays). */
const hostLabel = /^[\p{L}\p{N}\p{M}_-]+$/u

/**
 * Why `value` cannot stand in an href, src or cite attribute of a page, an AMP page or a
 * feed, in a few words ("space", "empty host"); undefined when it can.
 */
export function urlProblem(value: string): string | undefined {
  return characterProblem(value) ?? structureProblem(value)
}

/**
 * A link within the page (`#fn-a#b`, from the footnote `[^a#b]`) names an id, and the browser
 * decodes the fragment before it looks: what a URL cannot hold is percent-encoded instead.
 */
export function encodeFragment(href: string): string {
  let encoded = '#'
  for (const char of href.slice(1)) {
    const code = char.codePointAt(0)!
    const allowed = code < 0xa0 ? asciiUrlCodePoint.test(char) : isUrlCodePointAbove(code)
    encoded += allowed || char === '%' ? char : encodeURIComponent(code >= 0xd800 && code <= 0xdfff ? '\ufffd' : char)
  }
  // `%` stays only before two hexadecimal digits.
  return encoded.replace(/%(?![\da-f]{2})/gi, '%25')
}

function characterProblem(value: string): string | undefined {
  const bracket = bracketedHost.exec(value)?.[0].length ?? 0
  let hashes = 0
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!
    const code = value.codePointAt(index)!
    if (code > 0xffff) index++
    if (index < bracket) continue
    if (char === '%') {
      if (!/^%[\da-f]{2}/i.test(value.slice(index, index + 3))) return '% not followed by two hexadecimal digits (write %25 for a percent sign)'
    } else if (char === '#') {
      if (++hashes > 1) return 'second # (write %23)'
    } else if (code < 0xa0 ? !asciiUrlCodePoint.test(char) : !isUrlCodePointAbove(code)) {
      const name = names[char]
      if (name !== undefined) return name
      if (code >= 0xd800 && code <= 0xdfff) return 'broken character (half of a surrogate pair)'
      return code < 0x20 || code === 0x7f ? 'control character' : `character “${String.fromCodePoint(code)}”`
    }
  }
  return undefined
}

/** U+00A0 and up, except surrogates (a lone one) and noncharacters. */
function isUrlCodePointAbove(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false
  if (code >= 0xfdd0 && code <= 0xfdef) return false
  return (code & 0xfffe) !== 0xfffe
}

function structureProblem(value: string): string | undefined {
  if (/__amp_source_origin/i.test(decodePercentEscapes(value))) return '__amp_source_origin (AMP reserves it)'
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  const special = scheme === 'http' || scheme === 'https'
  if (special && !/^[a-z]+:\/\/(?!\/)/i.test(value)) return `${scheme}: without // and a host (write ${scheme}://host/path)`
  if (!special && !(scheme === undefined && value.startsWith('//'))) return parserProblem(value)
  const authority = /^(?:[a-z]+:)?\/\/([^/?#]*)/i.exec(value)![1]!
  if (authority.includes('@')) return 'user name or password'
  const host = authority.startsWith('[') ? authority : authority.replace(/:\d*$/, '')
  if (host === '') return 'empty host'
  if (host.startsWith('[')) return undefined
  // Markdown percent-encodes a host in any script (例え.テスト): the labels are checked decoded.
  const labels = decodePercentEscapes(host).split('.')
  if (labels.at(-1) === '') labels.pop()
  if (labels.some((label) => label === '')) return `empty label in the host “${host}”`
  if (!labels.every((label) => hostLabel.test(label))) return `host “${host}” (not a domain name)`
  // The parser reads a host ending in a number as an IPv4 address, even as 0x7f.1 or 0177.0.0.1.
  if (/^(?:\d+|0x[\da-f]*)$/i.test(labels.at(-1)!) && !labels.every((label) => /^(?:0|[1-9]\d*)$/.test(label)))
    return `IP address “${host}” not in dotted decimal`
  return parserProblem(value)
}

/** What is left for the WHATWG parser itself to refuse: a port too large, a bad IP address. */
function parserProblem(value: string): string | undefined {
  try {
    new URL(value, parseBase)
    return undefined
  } catch {
    return 'syntax (the URL parser rejects it)'
  }
}

/** `value` with its percent-escapes decoded; a malformed one left as written. */
export function decodePercentEscapes(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
