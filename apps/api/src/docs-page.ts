/** The parts of an OpenAPI document the plain reference reads. */
export type ReferenceDocument = {
  info: { title: string; version: string; description?: string | undefined }
  paths?: Record<string, object | undefined> | undefined
}

/** One operation of a path, as far as the plain reference reads it. */
type ReferenceOperation = {
  summary?: string
  description?: string
  parameters?: { name: string; in: string; required?: boolean; description?: string }[]
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** An operation's parameters as a table, or nothing when it has none. */
function parameterTable(operation: ReferenceOperation): string {
  const rows = (operation.parameters ?? []).map(
    (p) =>
      `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
  )
  if (rows.length === 0) return ''
  return `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>what</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

/** A form that sends a GET operation with its query parameters, when its path has no parameters to fill. */
function tryForm(method: string, path: string, operation: ReferenceOperation): string {
  if (method !== 'get' || path.includes('{')) return ''
  const inputs = (operation.parameters ?? [])
    .filter((p) => p.in === 'query')
    .map((p) => `<label>${escapeHtml(p.name)} <input name="${escapeHtml(p.name)}"></label>`)
  return `<form method="get" action="${escapeHtml(path)}">${inputs.join(' ')} <button>Send</button></form>`
}

/**
 * The API reference as plain HTML, written on the server from the OpenAPI document: every operation with its
 * summary and parameters, and a form to try each GET without path parameters. It needs no script and no network,
 * so the reference still reads where the interactive one cannot load (no internet, scripts off).
 * @example plainReference(app.getOpenAPI31Document(config)) // '<main id="plain-reference">…</main>'
 */
export function plainReference(document: ReferenceDocument): string {
  const sections: string[] = []
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, unknown> | undefined)?.[method] as
        | ReferenceOperation
        | undefined
      if (!operation) continue
      sections.push(
        `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2>` +
          `<p>${escapeHtml(operation.summary ?? '')}</p>${parameterTable(operation)}${tryForm(method, path, operation)}</section>`,
      )
    }
  }
  const { title, version, description } = document.info
  return (
    `<main id="plain-reference"><h1>${escapeHtml(title)} ${escapeHtml(version)}</h1>` +
    `<p>${escapeHtml(description ?? '')} The whole document: <a href="/openapi.json">/openapi.json</a>.</p>` +
    `${sections.join('')}</main>`
  )
}

/**
 * Puts the plain reference into the interactive reference's page, right after the element the interactive one
 * mounts into, with a rule that hides it once that element has content: whichever loads, one reference shows.
 * @example withPlainReference(scalarHtml, plainReference(document))
 */
export function withPlainReference(page: string, plain: string): string {
  const mount = '<div id="app"></div>'
  const style =
    '<style>#app:not(:empty) + #plain-reference { display: none } #plain-reference { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem } #plain-reference table { border-collapse: collapse } #plain-reference td, #plain-reference th { border: 1px solid #8884; padding: 0.2rem 0.5rem; text-align: left }</style>'
  if (!page.includes(mount)) return page.replace('</body>', `${style}${plain}</body>`)
  return page.replace(mount, `${mount}${style}${plain}`)
}
