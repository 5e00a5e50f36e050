// The service's 4xx errors, each with a stable machine `code` (see the error schema in src/schemas/common.ts).
import createError from '@fastify/error'

export const UserNotFound = createError<[string]>('USER_NOT_FOUND', "user '%s' does not exist", 404)
export const UsernameTaken = createError<[string]>('USERNAME_TAKEN', "username '%s' is taken", 409)
export const Unauthorized = createError<[string]>('UNAUTHORIZED', '%s', 401)
export const Forbidden = createError<[string]>('FORBIDDEN', '%s', 403)
export const Validation = createError<[string]>('VALIDATION', '%s', 400)
export const RateLimited = createError<[string]>('RATE_LIMITED', 'too many requests; retry in %s', 429)
export const UnsupportedImportType = createError<[string]>('UNSUPPORTED_MEDIA_TYPE', "import needs content-type application/x-ndjson, not '%s'", 415)
