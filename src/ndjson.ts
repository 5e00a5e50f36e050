// NDJSON out: rows from an async source become a byte stream with backpressure. Lines are gathered into
// chunks of about 64 KiB (one write per chunk, not per row); the source is only pulled when the socket drains,
// so a slow reader holds the database cursor, not the server's memory.
import { Readable } from 'node:stream'

const defaultChunkSize = 64 * 1024

async function * chunks (rows: AsyncIterable<unknown>, chunkSize: number): AsyncGenerator<string> {
  let buffer = ''
  for await (const item of rows) {
    buffer += typeof item === 'string' ? item : JSON.stringify(item) + '\n'
    if (buffer.length >= chunkSize) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer !== '') yield buffer
}

/**
 * A readable NDJSON stream of the rows. The first chunk is produced before this resolves, so a failure at the
 * start (e.g. the database is unavailable) is thrown to the route and answered with a proper error, not a cut
 * stream. A live stream (rows that may not come for a while) passes live: the answer starts at once, and each
 * row leaves as it comes. A string from the source is NDJSON text already (whole lines) and goes out as it is.
 * A client that reads nothing for `idleMs` (when given) (its socket full, the stream paused) is cut off, and a client that
 * goes away destroys the stream: either way the source is ended at once, so its database transaction and
 * connection are released instead of waiting on the client.
 */
export async function ndjsonStream (rows: AsyncIterable<unknown>, opts: { live?: boolean, idleMs?: number } = {}): Promise<Readable> {
  const source = chunks(rows, opts.live === true ? 1 : defaultChunkSize)
  const first = opts.live === true ? undefined : await source.next()
  let readable: Readable | undefined
  async function * all (): AsyncGenerator<string> {
    try {
      if (first !== undefined && first.done !== true) yield first.value
      for await (const chunk of { [Symbol.asyncIterator]: () => source }) {
        // Suspended at this yield until the reader wants more: a reader that stalls for idleMs is cut off.
        const { idleMs } = opts
        const stalled = idleMs === undefined ? undefined : setTimeout(() => { readable?.destroy(new Error(`the client read nothing for ${idleMs} ms`)) }, idleMs)
        try {
          yield chunk
        } finally {
          clearTimeout(stalled)
        }
      }
    } finally {
      await source.return(undefined)
    }
  }
  readable = Readable.from(all(), { objectMode: false })
  return readable
}

export const ndjsonType = 'application/x-ndjson'

/** An OpenAPI response entry for an NDJSON stream of `schema` rows (not used to serialize: the body is a stream). */
export function ndjsonResponse (schema: unknown, description: string): { description: string, content: Record<string, { schema: unknown }> } {
  return { description, content: { [ndjsonType]: { schema } } }
}
