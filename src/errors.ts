// The service's 4xx errors, each with a stable machine `code` (see the error schema in src/schemas/common.ts).
import createError from '@fastify/error'

export const UserNotFound = createError<[string]>('USER_NOT_FOUND', "user '%s' does not exist", 404)
export const UsernameTaken = createError<[string]>('USERNAME_TAKEN', "username '%s' is taken", 409)
export const Unauthorized = createError<[string]>('UNAUTHORIZED', '%s', 401)
export const Forbidden = createError<[string]>('FORBIDDEN', '%s', 403)
export const Validation = createError<[string]>('VALIDATION', '%s', 400)
export const RateLimited = createError<[string]>('RATE_LIMITED', 'too many requests; retry in %s', 429)
export const UnsupportedImportType = createError<[string]>('UNSUPPORTED_MEDIA_TYPE', "unsupported content-type '%s': the import reads application/x-ndjson", 415)
export const RequestNotFound = createError<[string, string]>('REQUEST_NOT_FOUND', "no pending follow request from '%s' to '%s'", 404)
export const InvalidCursor = createError('INVALID_CURSOR', 'the cursor is malformed, altered, or was made for another list', 400)
export const SelfRelation = createError<[string]>('SELF_RELATION', "user '%s' cannot have a relationship with itself", 400)
export const BlockedByTarget = createError<[string, string]>('BLOCKED_BY_TARGET', "user '%s' blocks '%s'", 403)
export const UnblockFirst = createError<[string, string]>('UNBLOCK_FIRST', "user '%s' blocks '%s': unblock first", 409)
export const NotFollowing = createError<[string, string]>('NOT_FOLLOWING', "user '%s' does not follow '%s'", 404)
export const PrivateAccount = createError<[string]>('PRIVATE_ACCOUNT', "user '%s' is private: only itself, its followers and services may read its followers and following", 403)
export const HiddenNetwork = createError<[string]>('HIDDEN_NETWORK', "user '%s' hides its network: only itself and services may read its followers and following", 403)
export const CursorExpired = createError('CURSOR_EXPIRED', 'the cursor is older than the change feed keeps changes: re-sync from an export, then start at GET /v1/changes/latest', 410)
