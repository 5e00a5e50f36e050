// The development JWT secret: made once by `npm start` when no key is configured and only the project's own
// local Neo4j is in use; kept in an ignored file so `npm run token` signs with the same secret.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../../src/package-root.js'

export const devSecretFile = join(packageRoot, '.dev-jwt-secret')

export function readDevSecret (): string | undefined {
  return existsSync(devSecretFile) ? readFileSync(devSecretFile, 'utf8').trim() : undefined
}

export function ensureDevSecret (): { secret: string, created: boolean } {
  const existing = readDevSecret()
  if (existing !== undefined) return { secret: existing, created: false }
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(devSecretFile, secret + '\n', { mode: 0o600 })
  return { secret, created: true }
}
