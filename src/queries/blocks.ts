// Blocks: typed wrappers over cypher/blocks/*.cypher (callers hold the pair lock).
import type { Tx } from '../database.js'
import { writeQuery } from './cypher.js'
import { lockedStatement, type LockedDeleteOutcome } from './graph.js'

const q = {
  block: writeQuery('blocks/block'),
  unblock: writeQuery('blocks/unblock')
}

/**
 * id blocks target in one statement (block.cypher): the pair lock, id's FOLLOWS to target and the requests
 * both ways dropped, the BLOCKS edge and its change. EXISTS when id blocked target already.
 */
export async function blockInOne (tx: Tx, id: string, target: string): Promise<'USER_NOT_FOUND_ID' | 'USER_NOT_FOUND_TARGET' | 'EXISTS' | 'BLOCKED'> {
  return await lockedStatement(tx, q.block, id, target)
}

/** Unblock in one statement (unblock.cypher). */
export async function unblockInOne (tx: Tx, id: string, target: string): Promise<LockedDeleteOutcome> {
  return await lockedStatement<LockedDeleteOutcome>(tx, q.unblock, id, target)
}
