// The only file that listens. SIGTERM/SIGINT: stop accepting, finish requests in flight, close the driver.
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import type { AppConfig } from './config.js'

export async function startServer (config: AppConfig): Promise<void> {
  const app = await buildApp({ config })
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err !== undefined) app.log.error({ err }, 'closing after an error')
    else app.log.info({ signal }, 'closing')
    await app.close()
  })
  await app.listen({ host: config.host, port: config.port })
}
