#!/usr/bin/env node
// The `matbuot` command: TypeScript sources run through tsx, registered from here so the
// command works from any folder.
import {register} from 'tsx/esm/api'

register()
await import('./cli.ts')
