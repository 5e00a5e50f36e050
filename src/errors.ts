// The service's 4xx errors, each with a stable machine `code` (see the error schema in src/schemas/common.ts).
import createError from '@fastify/error'

export const UserNotFound = createError<[string]>('USER_NOT_FOUND', "user '%s' does not exist", 404)
export const UsernameTaken = createError<[string]>('USERNAME_TAKEN', "username '%s' is taken", 409)
export const Unauthorized = createError<[string]>('UNAUTHORIZED', '%s', 401)
export const InvalidToken = createError<[string]>('INVALID_TOKEN', '%s', 401)
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
export const ListNotFound = createError<[string, string]>('LIST_NOT_FOUND', "user '%s' has no list '%s'", 404)
export const NotAModerationList = createError<[string, string]>('NOT_A_MODERATION_LIST', "list '%s/%s' is a curation list: only moderation lists can be subscribed to as block or mute lists", 409)
export const PurposeFixed = createError<[string, string]>('PURPOSE_FIXED', "list '%s/%s' keeps the purpose it was created with: create another list for the other purpose", 409)

/** The op a refusal is about, as the write engine's ops name their users and lists (src/queries/write-kinds.ts). */
interface RefusedOp { id: string, target?: string, owner?: string, list?: string, member?: string, username?: string | null }

/** The other user of an op: the target of a relationship, the member of a membership, else the list's owner. */
const otherOf = (op: RefusedOp): string => op.target ?? op.member ?? op.owner ?? ''

/**
 * The write engine's refusals as the errors the API answers: the one table from an op's refused outcome to its
 * HTTP status and code (routes, the bulk follow's items and the import's rejected lines alike).
 */
export const refusals = {
  SELF_RELATION: (op: RefusedOp) => new SelfRelation(op.id),
  USER_NOT_FOUND_ID: (op: RefusedOp) => new UserNotFound(op.id),
  USER_NOT_FOUND_TARGET: (op: RefusedOp) => new UserNotFound(otherOf(op)),
  BLOCKED_BY_TARGET: (op: RefusedOp) => new BlockedByTarget(otherOf(op), op.id),
  UNBLOCK_FIRST: (op: RefusedOp) => new UnblockFirst(op.id, otherOf(op)),
  REQUEST_NOT_FOUND: (op: RefusedOp) => new RequestNotFound(otherOf(op), op.id),
  LIST_NOT_FOUND: (op: RefusedOp) => new ListNotFound(op.owner ?? '', op.list ?? ''),
  PURPOSE_FIXED: (op: RefusedOp) => new PurposeFixed(op.owner ?? '', op.list ?? ''),
  NOT_A_MODERATION_LIST: (op: RefusedOp) => new NotAModerationList(op.owner ?? '', op.list ?? ''),
  USERNAME_TAKEN: (op: RefusedOp) => new UsernameTaken(op.username ?? '')
}

export type Refusal = keyof typeof refusals

export const isRefusal = (outcome: string): outcome is Refusal => Object.hasOwn(refusals, outcome)
