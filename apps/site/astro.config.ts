import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

/** Server-rendered: every page reads the API at request time, so a newly ingested article shows without a rebuild. */
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  session: false,
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // A Content-Security-Policy with hashes of the site's own scripts and styles: markup that slipped into a
  // page could not run even if escaping ever failed.
  security: { csp: true },
  markdown: { syntaxHighlight: false },
})
