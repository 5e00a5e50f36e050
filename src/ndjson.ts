// NDJSON out: rows from an async source become a byte stream with backpressure. Lines are gathered into
// chunks of about 64 KiB (one write per chunk, not per row); the source is only pulled when the socket drains,
// so a slow reader holds the database cursor, not the server's memory.
import { Readable } from 'node:stream'

const chunkSize = 64 * 1024

async function * chunks (rows: AsyncIterable<unknown>): AsyncGenerator<string> {
  let buffer = ''
  for await (const row of rows) {
    buffer += JSON.stringify(row) + '\n'
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
 * stream.
 */
export async function ndjsonStream (rows: AsyncIterable<unknown>): Promise<Readable> {
  const source = chunks(rows)
  const first = await source.next()
  async function * all (): AsyncGenerator<string> {
    try {
      if (first.done !== true) yield first.value
      yield * source
    } finally {
      // A client that goes away destroys the stream: end the source so its transaction closes.
      await source.return(undefined)
    }
  }
  return Readable.from(all(), { objectMode: false })
}

export const ndjsonType = 'application/x-ndjson'
