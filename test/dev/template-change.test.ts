import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {startDev} from '../support/preview.ts'
import {copyOfMatbuot} from '../support/site-fixture.ts'

// The preview watches Matbuot's own templates, so the test edits those of a copy of the project.
const copy = await copyOfMatbuot(['content', 'locales', 'site.yaml'])
const dev = await startDev(copy, [], join(copy, 'pipeline/matbuot.js'))
afterAll(() => {
  dev.process.kill('SIGKILL')
})

const home = async () => (await fetch(new URL('en/', dev.url))).text()

describe('matbuot dev, when a template changes', () => {
  it('should serve pages made by the changed template, from a bundle of the new code', {timeout: 60_000}, async () => {
    expect(await home()).toContain('<footer class="site-footer"><p>©')
    const document = join(copy, 'pipeline/outputs/pages/document.ts')
    const source = await readFile(document, 'utf8')
    const changed = source.replace("[h('p', t('footer.copyright', {agency: t('site.name')}))]", "[h('p', 'A changed footer')]")
    expect(changed).not.toBe(source)
    await writeFile(document, changed)
    await expect.poll(home, {timeout: 45_000, interval: 500}).toContain('<footer class="site-footer"><p>A changed footer</p>')
  })
})
