// Users: typed wrappers over cypher/users/*.cypher.
import type { Database, Tx } from '../database.js'
import type { User } from '../schemas/users.js'
import { readQuery, writeQuery } from './cypher.js'

const q = {
  upsert: writeQuery('users/upsert-user'),
  update: writeQuery('users/update-user'),
  get: readQuery('users/get-user'),
  getByUsername: readQuery('users/get-user-by-username'),
  remove: writeQuery('users/delete-user')
}

export interface UserWrite { user: User, wasPrivate: boolean }

export async function upsertUser (tx: Tx, p: { id: string, username: string, name: string, private: boolean }): Promise<UserWrite & { created: boolean }> {
  const { rows, counters } = await tx.runWithCounters<UserWrite>(q.upsert, p)
  const row = rows[0]
  if (row === undefined) throw new Error('upsert-user returned no row')
  return { ...row, created: counters.nodesCreated > 0 }
}

export async function updateUser (tx: Tx, p: { id: string, username: string | null, name: string | null, private: boolean | null }): Promise<UserWrite | undefined> {
  return (await tx.run<UserWrite>(q.update, p))[0]
}

export async function getUser (db: Database, id: string): Promise<User | undefined> {
  return (await db.run<{ user: User }>(q.get, { id }))[0]?.user
}

export async function getUserByUsername (db: Database, username: string): Promise<User | undefined> {
  return (await db.run<{ user: User }>(q.getByUsername, { username }))[0]?.user
}

export async function deleteUser (tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.run<{ deleted: number }>(q.remove, { id })
  return (rows[0]?.deleted ?? 0) > 0
}
