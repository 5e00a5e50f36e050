// Development secrets: made once by `npm start` when none is configured and only the project's own local Neo4j
// is in use; kept in ignored files (`.dev-jwt-secret`, `.dev-cursor-secret`) so `npm run token` signs with the
// same JWT secret and cursors stay valid across restarts.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../../src/package-root.js'

export type DevSecret = 'jwt' | 'cursor'

export const devSecretFile = (kind: DevSecret): string => join(packageRoot, `.dev-${kind}-secret`)

export function readDevSecret (kind: DevSecret = 'jwt'): string | undefined {
  const file = devSecretFile(kind)
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined
}

export function ensureDevSecret (kind: DevSecret = 'jwt'): { secret: string, created: boolean } {
  const existing = readDevSecret(kind)
  if (existing !== undefined) return { secret: existing, created: false }
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(devSecretFile(kind), secret + '\n', { mode: 0o600 })
  return { secret, created: true }
}
