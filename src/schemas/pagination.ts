// The query string and answer shape shared by every keyset-paginated list.
import { Type, type TSchema } from 'typebox'

/** Spread into a list's querystring object (with additionalProperties: false). */
export const pageQueryProperties = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Items per page, 1-1000 (default 100)' })),
  cursor: Type.Optional(Type.String({ description: "Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list)" }))
}

export const PageQuery = Type.Object(pageQueryProperties, { additionalProperties: false })

export const defaultLimit = 100

/** `{ items, nextCursor }`: nextCursor is null on the last page. */
export function PageOf<T extends TSchema> (item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as ?cursor= for the next page; null on the last page' })
  })
}
