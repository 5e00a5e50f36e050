// npm run token -- --sub alice --scope "graph:read graph:write" [--expires 3600]
// Prints a JWT signed with JWT_SECRET, or with the development secret `npm start` made.
import { parseArgs } from 'node:util'
import { createSigner } from 'fast-jwt'
import { readDevSecret } from './lib/dev-secret.js'

const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    scope: { type: 'string', default: 'graph:read graph:write' },
    expires: { type: 'string', default: '3600' },
    iss: { type: 'string', default: process.env.JWT_ISSUER },
    aud: { type: 'string', default: process.env.JWT_AUDIENCE }
  }
})

const secret = process.env.JWT_SECRET ?? readDevSecret()
if (secret === undefined) {
  console.error('no JWT_SECRET and no development secret yet: run npm start once, or set JWT_SECRET')
  process.exit(1)
}
const sign = createSigner({
  key: secret,
  algorithm: 'HS256',
  expiresIn: Number(values.expires) * 1000,
  ...(values.iss !== undefined && { iss: values.iss }),
  ...(values.aud !== undefined && { aud: values.aud })
})
console.log(sign({ scope: values.scope, ...(values.sub !== undefined && { sub: values.sub }) }))
