// Shapes shared by every area: ids, usernames, errors.
import { Type, type Static } from 'typebox'

/** What a user id is, also for the token's `sub` (src/plugins/external/auth.ts). */
export const userIdPattern = /^[A-Za-z0-9_-]{1,64}$/

export const UserId = Type.String({
  pattern: userIdPattern.source,
  minLength: 1,
  maxLength: 64,
  description: "A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-]"
})

/** A list's id, chosen by its owner: the user-id rules, unique per owner. */
export const ListId = Type.String({ ...UserId, description: "A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner" })

export const Username = Type.String({
  pattern: '^[A-Za-z0-9_]{1,24}$',
  minLength: 1,
  maxLength: 24,
  description: 'Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_]'
})

export const IsoTime = Type.String({ format: 'date-time', description: 'ISO-8601 UTC with milliseconds' })

export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  code: Type.String({ description: 'Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION' }),
  error: Type.String(),
  message: Type.String()
}, { description: 'Every 4xx and 5xx answer' })
export type ErrorResponse = Static<typeof ErrorResponse>

/** Response entries for the listed error statuses, all with the shared error shape. */
export function errors (...statuses: number[]): Record<number, typeof ErrorResponse> {
  return Object.fromEntries(statuses.map(s => [s, ErrorResponse]))
}

export const NoContent = Type.Null({ description: 'No content' })
