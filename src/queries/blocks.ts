// Blocks: typed wrappers over cypher/blocks/*.cypher (callers hold the pair lock).
import type { Tx } from '../database.js'
import { writeQuery } from './cypher.js'

const q = {
  block: writeQuery('blocks/create-block'),
  unblock: writeQuery('blocks/delete-block')
}

/** id blocks target, dropping id's FOLLOWS to target and the requests both ways (no BLOCKS may exist yet). */
export async function createBlock (tx: Tx, id: string, target: string): Promise<void> {
  await tx.run(q.block, { id, target })
}

/** Deletes the BLOCKS edge from -> to; answers whether there was one. */
export async function deleteBlock (tx: Tx, from: string, to: string): Promise<boolean> {
  return (await tx.run<{ deleted: boolean }>(q.unblock, { from, to }))[0]?.deleted ?? false
}
