// client/'s generated files match the service's routes as they are now (the check `npm run client:check` runs).
import t from 'tap'
import { clientFiles, staleFiles } from '../../scripts/lib/client-files.js'

t.test('client/openapi.json and client/src/schema.ts are generated from the current routes', async t => {
  const files = await clientFiles()
  t.same(Object.keys(files), ['client/openapi.json', 'client/src/schema.ts'])
  t.same(staleFiles(files), [], 'up to date; if not, run npm run client:generate and commit the result')
  t.same(staleFiles({ 'client/src/schema.ts': files['client/src/schema.ts'] + '// changed\n' }), ['client/src/schema.ts'],
    'a difference is seen')
})
