// Enhances the article page; without it every mark is a plain link to its card in the side column.
// Selecting a mark opens a copy of its card next to it; hovering or focusing a statement lights up its
// cue and source; hovering an actor in the side list lights up its mentions in the text.

const text = document.querySelector<HTMLElement>('.article-text')
const popover = document.getElementById('statement-popover')
const MARK = '[data-statement],[data-statement-part],[data-cue-of],[data-source-of]'
let lit: string | null = null
let opener: HTMLElement | null = null

function statementOf(target: EventTarget | null): { id: string; mark: HTMLElement } | null {
  const mark = target instanceof Element ? target.closest<HTMLElement>(MARK) : null
  if (!mark) return null
  const { statement, statementPart, cueOf, sourceOf } = mark.dataset
  const id = statement ?? statementPart ?? cueOf ?? sourceOf
  return id ? { id, mark } : null
}

function parts(id: string): NodeListOf<HTMLElement> {
  const v = CSS.escape(id)
  return document.querySelectorAll(
    `[data-statement="${v}"],[data-statement-part="${v}"],[data-cue-of="${v}"],[data-source-of="${v}"]`,
  )
}

function light(id: string | null): void {
  if (id === lit) return
  if (lit) for (const el of parts(lit)) el.classList.remove('is-active')
  lit = id
  if (id) for (const el of parts(id)) el.classList.add('is-active')
}

function open(id: string, mark: HTMLElement): boolean {
  const card = document.getElementById(`st-${id}`)
  if (!card || !popover || typeof popover.showPopover !== 'function') return false
  const copy = card.cloneNode(true) as HTMLElement
  for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) el.id = `pop-${el.id}`
  copy.setAttribute('aria-labelledby', `pop-${copy.getAttribute('aria-labelledby')}`)
  const close = document.createElement('button')
  close.type = 'button'
  close.className = 'close secondary'
  close.textContent = '×'
  close.setAttribute('aria-label', 'Close')
  close.addEventListener('click', () => popover.hidePopover())
  copy.prepend(close)
  popover.replaceChildren(copy)
  for (const el of document.querySelectorAll('.is-current')) el.classList.remove('is-current')
  card.classList.add('is-current')
  mark.classList.add('is-current')
  opener = mark
  popover.showPopover()
  place(mark, popover)
  copy.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true })
  return true
}

function place(mark: HTMLElement, box: HTMLElement): void {
  const line = mark.getClientRects()[0] ?? mark.getBoundingClientRect()
  const { offsetWidth: width, offsetHeight: height } = box
  const below = line.bottom + 8
  const top = below + height > innerHeight && line.top - height - 8 > 0 ? line.top - height - 8 : below
  const left = Math.min(Math.max(8, line.left), innerWidth - width - 8)
  box.style.top = `${Math.round(top + scrollY)}px`
  box.style.left = `${Math.round(Math.max(8, left) + scrollX)}px`
}

if (text && popover) {
  popover.style.position = 'absolute'
  text.addEventListener('click', (event) => {
    const hit = statementOf(event.target)
    if (hit && open(hit.id, hit.mark)) event.preventDefault()
  })
  text.addEventListener('mouseover', (event) => light(statementOf(event.target)?.id ?? null))
  text.addEventListener('mouseleave', () => light(null))
  text.addEventListener('focusin', (event) => light(statementOf(event.target)?.id ?? null))
  text.addEventListener('focusout', () => light(null))
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') {
      for (const el of document.querySelectorAll('.is-current')) el.classList.remove('is-current')
      opener?.focus({ preventScroll: true })
      opener = null
    }
  })
}

const actors = document.querySelector('.side-actors')
let mentioned: NodeListOf<HTMLElement> | null = null
actors?.addEventListener('mouseover', (event) => {
  const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-actor-item]') : null
  if (mentioned) for (const el of mentioned) el.classList.remove('is-active')
  mentioned = item
    ? document.querySelectorAll(`.mention[data-actor="${CSS.escape(item.dataset.actorItem ?? '')}"]`)
    : null
  if (mentioned) for (const el of mentioned) el.classList.add('is-active')
})
actors?.addEventListener('mouseleave', () => {
  if (mentioned) for (const el of mentioned) el.classList.remove('is-active')
  mentioned = null
})
