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
 */
export async function ndjsonStream (rows: AsyncIterable<unknown>, opts: { live?: boolean } = {}): Promise<Readable> {
  const source = chunks(rows, opts.live === true ? 1 : defaultChunkSize)
  const first = opts.live === true ? undefined : await source.next()
  async function * all (): AsyncGenerator<string> {
    try {
      if (first !== undefined && first.done !== true) yield first.value
      yield * source
    } finally {
      // A client that goes away destroys the stream: end the source so its transaction closes.
      await source.return(undefined)
    }
  }
  return Readable.from(all(), { objectMode: false })
}

export const ndjsonType = 'application/x-ndjson'

/** An OpenAPI response entry for an NDJSON stream of `schema` rows (not used to serialize: the body is a stream). */
export function ndjsonResponse (schema: unknown, description: string): { description: string, content: Record<string, { schema: unknown }> } {
  return { description, content: { [ndjsonType]: { schema } } }
}
