// PROFILE of a statement file for the query-plan tests: its operators (flattened), db hits and rows.
import neo4j from 'neo4j-driver'
import type { FastifyInstance } from 'fastify'
import type { Query } from '../../src/queries/cypher.js'

export interface PlanNode { operatorType: string, dbHits: number, rows: number, arguments: Record<string, unknown>, children: PlanNode[] }

const flatten = (p: PlanNode): PlanNode[] => [p, ...p.children.flatMap(flatten)]

/**
 * PROFILE of one statement file (the keywords are prepended; values still travel only as parameters), planned anew
 * for the data the test made: the test servers keep a plan for an hour (scripts/lib/local-neo4j.ts, planOnce).
 */
export async function profile (app: FastifyInstance, query: Query, params: Record<string, unknown>): Promise<{ ops: PlanNode[], dbHits: number, rows: number }> {
  const session = app.db.driver.session({ database: app.db.database, defaultAccessMode: neo4j.session.READ })
  try {
    const result = await session.run(`CYPHER replan=force PROFILE ${query.text}`, params)
    const ops = flatten(result.summary.profile as unknown as PlanNode)
    return { ops, dbHits: ops.reduce((n, o) => n + o.dbHits, 0), rows: result.records.length }
  } finally {
    await session.close()
  }
}
