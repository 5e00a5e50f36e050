// The access policy's facts: a typed wrapper over cypher/access/subject-facts.cypher.
import type { SubjectFacts } from '../access-policy.js'
import type { Database } from '../database.js'
import { readQuery } from './cypher.js'

const facts = readQuery('access/subject-facts')

/** Facts about each existing user of `ids` as seen by `reader` (unknown ids are left out). */
export async function subjectFacts (db: Database, ids: string[], reader: string | null): Promise<SubjectFacts[]> {
  return await db.run<SubjectFacts>(facts, { ids, reader })
}
