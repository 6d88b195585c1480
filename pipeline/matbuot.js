#!/usr/bin/env node
// The `matbuot` command. It runs from a bundle of the TypeScript sources (see bundle.js) and
// falls back to running them through tsx where no bundle can be built.
import {ensureBundle} from './bundle.js'

const bundle = process.env.MATBUOT_FROM_SOURCE ? undefined : await ensureBundle()
if (bundle) {
  await import(bundle)
} else {
  const {register} = await import('tsx/esm/api')
  register()
  await import('./cli.ts')
}
