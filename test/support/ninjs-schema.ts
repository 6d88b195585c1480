import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {repoRoot} from './site-fixture.ts'

// The IPTC schema, unchanged (see test/schemas/README.md).
const schemaPath = join(repoRoot, 'test/schemas/ninjs-schema_3.1.json')

/** Validate a ninjs item against the IPTC ninjs 3.1 JSON Schema (draft 2020-12, with formats). */
export function ninjsValidator(): (item: unknown) => string[] {
  const ajv = new Ajv2020.default({strict: false, allErrors: true})
  addFormats.default(ajv)
  // The schema refers to GeoJSON for places, which cannot be fetched here; items carry none.
  ajv.addSchema({$id: 'https://geojson.org/schema/GeoJSON.json', type: 'object'})
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
  return (item) => (validate(item) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`))
}
