import {describe, expect, it} from 'vitest'
import {encodeFragment, urlProblem} from '../../pipeline/render/url-problem.ts'

// Each verdict was checked against the Nu Html Checker and the AMP validator: a URL is refused
// here when either of them refuses it in an href, src or cite.
const refused: readonly [url: string, problem: string][] = [
  ['https://', 'empty host'],
  ['//', 'empty host'],
  ['https://../', 'empty label in the host “..”'],
  ['https://a..b/', 'empty label in the host “a..b”'],
  ['https://foo.bar.%60baz', 'host “foo.bar.%60baz” (not a domain name)'],
  ['https://a.b%2Fc/', 'host “a.b%2Fc” (not a domain name)'],
  ['https://foo.bar.`baz', 'backtick'],
  ['https://x.test/a\\b', 'backslash'],
  ['https://x.test/a b', 'space'],
  ['/local path', 'space'],
  ['#frag ment', 'space'],
  ['mailto:a b@c', 'space'],
  ['https://x.test/\ttab', 'tab'],
  ['https://x.test/a`b', 'backtick'],
  ['https://x.test/100%', '% not followed by two hexadecimal digits (write %25 for a percent sign)'],
  ['https://x.test/%zz', '% not followed by two hexadecimal digits (write %25 for a percent sign)'],
  ['https://x.test/?q=a|b', 'character “|”'],
  ['https://x.test/?q=a{b}', 'character “{”'],
  ['https://x.test/[a]', 'character “[”'],
  ['https://x.test/#a#b', 'second # (write %23)'],
  ['https://x.test:99999/', 'syntax (the URL parser rejects it)'],
  ['https://999.1.1.1/', 'syntax (the URL parser rejects it)'],
  ['http://0x7f.1/', 'IP address “0x7f.1” not in dotted decimal'],
  ['https://u:p@x.test/', 'user name or password'],
  ['https:x.test', 'https: without // and a host (write https://host/path)'],
  ['https:///x.test', 'https: without // and a host (write https://host/path)'],
  ['https://x.test/__amp_source_origin', '__amp_source_origin (AMP reserves it)'],
  ['https://x.test/?__amp_source_origin=x', '__amp_source_origin (AMP reserves it)']
]

const accepted: readonly string[] = [
  'https://example.org/a?b=c&d=e#f',
  'https://EXAMPLE.com./',
  'https://foo_bar.example.com/',
  'https://пример.рф/путь',
  'https://%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80.%D1%80%D1%84/',
  'https://xn--e1afmkfd.xn--p1ai/',
  'https://192.168.0.1:8080/',
  'https://[::1]/',
  'http://localhost/',
  'mailto:info@example.org',
  'mailto:',
  '/media/photo.jpg',
  '/a%20b',
  '//cdn.example.org/x.png',
  '#user-content-fn-1',
  '?page=2',
  '../up',
  ''
]

describe('urlProblem', () => {
  it('should name what is wrong with every URL the Nu checker or the AMP validator refuses', () => {
    expect(refused.map(([url]) => [url, urlProblem(url)])).toEqual(refused)
  })

  it('should accept every URL both of them accept', () => {
    expect(accepted.filter((url) => urlProblem(url) !== undefined)).toEqual([])
  })
})

describe('encodeFragment', () => {
  it('should percent-encode what a fragment cannot hold and keep what it can', () => {
    expect(encodeFragment('#fn-a#b')).toBe('#fn-a%23b')
    expect(encodeFragment('#a b\\c%zz%41')).toBe('#a%20b%5Cc%25zz%41')
    expect(encodeFragment('#сноска')).toBe('#сноска')
    for (const href of ['#fn-a#b', '#a b\\c%zz']) expect(urlProblem(encodeFragment(href))).toBeUndefined()
  })
})
