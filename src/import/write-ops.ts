// An import line as the write engine's op (src/queries/write-kinds.ts): the live writes with the line's given times.
import type { ListOp, PairOp, UserOp } from '../queries/write-kinds.js'
import type { ImportUser } from '../schemas/import.js'
import type { EdgeLine, ListLine } from './parse-line.js'

/**
 * A time as the live writes store it: UTC, millisecond precision (the keyset indexes order by that value).
 * A checked time already in that form (as the export writes it) is its own ISO string: kept as it is, which
 * saves a Date round trip per line of a bulk load (the date-time format refuses hour 24 and days past a month's end).
 */
const utcMsForm = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
export const utcMs = (time: string | null | undefined): string | null =>
  time === null || time === undefined ? null : utcMsForm.test(time) ? time : new Date(time).toISOString()

/** A user line as PUT's op: the fields PUT would store, absent ones at their defaults, and the given createdAt. */
export function userOpOf (u: ImportUser): UserOp {
  return { kind: 'putUser', id: u.id, username: u.username, name: u.name ?? '', private: u.private ?? false, hideNetwork: u.hideNetwork ?? false, discoverable: u.discoverable ?? true, createdAt: utcMs(u.createdAt) }
}

/** A list line as the write path's op, with its given times; a line for an existing membership is a no-op. */
export function listOpOf (p: ListLine): ListOp {
  switch (p.kind) {
    case 'list': {
      const l = p.value
      return { kind: 'putList', id: l.owner, owner: l.owner, list: l.id, name: l.name, purpose: l.purpose, description: l.description ?? '', createdAt: utcMs(l.createdAt) }
    }
    case 'member': return { kind: 'addMember', id: p.value.owner, owner: p.value.owner, list: p.value.list, member: p.value.member, since: utcMs(p.value.since), keepExisting: true }
    default: return { kind: 'subscribe', type: p.kind === 'listBlock' ? 'block' : 'mute', id: p.value.user, owner: p.value.owner, list: p.value.list, since: utcMs(p.value.since) }
  }
}

/** An edge line as the write path's op: the import's lines are the live writes with a given since. */
export function edgeOpOf (p: EdgeLine): PairOp {
  const { from: id, to: target } = p.value
  const since = utcMs(p.value.since)
  switch (p.kind) {
    // An imported follow is an established one (FOLLOWS even to a private user); a request line is the live
    // follow. A line for an edge that exists already (even hidden) is a no-op.
    case 'follow': return { kind: 'follow', id, target, since, establish: true, keepExisting: true }
    case 'request': return { kind: 'follow', id, target, since, establish: false, keepExisting: true }
    case 'block': return { kind: 'block', id, target, since }
    case 'mute': return { kind: 'mute', id, target, since, until: utcMs(p.value.until) }
  }
}
