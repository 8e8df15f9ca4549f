// Writes dist/consentry.schema.json from the one schema in src/config/schema.ts.
// Run through esbuild (see package.json), since Node 20 cannot run TypeScript itself.
import { writeFileSync } from 'node:fs'
import { toJsonSchema } from '../src/config/json-schema'
import { schemaDocs } from '../src/config/schema-docs'
import { configShape } from '../src/config/schema'

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/consentry/dist/consentry.schema.json',
  title: 'Consentry configuration',
  ...toJsonSchema(configShape, schemaDocs),
}
writeFileSync('dist/consentry.schema.json', JSON.stringify(schema, null, 2) + '\n')
