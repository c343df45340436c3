// Enhances the relations picture: zoom with the buttons or the wheel, pan by dragging, and light up an
// actor's edges and neighbours on hover or focus. Without it the picture and all its links still work.

for (const figure of document.querySelectorAll<HTMLElement>('[data-graph]')) {
  const svg = figure.querySelector<SVGSVGElement>('[data-graph-svg]')
  const tools = figure.querySelector<HTMLElement>('[data-graph-tools]')
  if (!svg || !tools) continue
  const home = svg.viewBox.baseVal
  const start = { x: home.x, y: home.y, w: home.width, h: home.height }
  let view = { ...start }
  const apply = (): void => svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`)
  const zoom = (factor: number, cx = view.x + view.w / 2, cy = view.y + view.h / 2): void => {
    const w = Math.min(start.w * 2, Math.max(start.w / 8, view.w * factor))
    const h = (w / view.w) * view.h
    view = { x: cx - ((cx - view.x) * w) / view.w, y: cy - ((cy - view.y) * h) / view.h, w, h }
    apply()
  }
  const toSvg = (event: { clientX: number; clientY: number }) => {
    const box = svg.getBoundingClientRect()
    return {
      x: view.x + ((event.clientX - box.left) / box.width) * view.w,
      y: view.y + ((event.clientY - box.top) / box.height) * view.h,
    }
  }
  tools.hidden = false
  tools.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-zoom]') : null
    if (button?.dataset.zoom === 'in') zoom(0.75)
    else if (button?.dataset.zoom === 'out') zoom(1 / 0.75)
    else if (button?.dataset.zoom === 'reset') {
      view = { ...start }
      apply()
    }
  })
  svg.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey && !event.altKey) return
      event.preventDefault()
      const point = toSvg(event)
      zoom(event.deltaY < 0 ? 0.85 : 1 / 0.85, point.x, point.y)
    },
    { passive: false },
  )
  let drag: { x: number; y: number; moved: boolean } | null = null
  svg.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, moved: false }
  })
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return
    const box = svg.getBoundingClientRect()
    const dx = ((event.clientX - drag.x) / box.width) * view.w
    const dy = ((event.clientY - drag.y) / box.height) * view.h
    if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 4) return
    if (!drag.moved) svg.setPointerCapture(event.pointerId)
    drag = { x: event.clientX, y: event.clientY, moved: true }
    view = { ...view, x: view.x - dx, y: view.y - dy }
    apply()
  })
  svg.addEventListener('pointerup', () => {
    // A drag must not follow the link under the pointer when it ends.
    if (drag?.moved)
      svg.addEventListener('click', (event) => event.preventDefault(), { capture: true, once: true })
    drag = null
  })

  const light = (target: EventTarget | null): void => {
    for (const el of figure.querySelectorAll('.is-lit')) el.classList.remove('is-lit')
    const element = target instanceof Element ? target.closest<SVGElement>('[data-node],.edge') : null
    figure.classList.toggle('is-dimmed', Boolean(element))
    if (!element) return
    element.classList.add('is-lit')
    const ids = new Set<string>()
    if (element.dataset.node) {
      ids.add(element.dataset.node)
      for (const edge of figure.querySelectorAll<SVGElement>('.edge')) {
        const { source = '', target: to = '' } = edge.dataset
        if (source === element.dataset.node || to === element.dataset.node) {
          edge.classList.add('is-lit')
          ids.add(source)
          ids.add(to)
        }
      }
    } else {
      ids.add(element.dataset.source ?? '')
      ids.add(element.dataset.target ?? '')
    }
    for (const node of figure.querySelectorAll<SVGElement>('[data-node]')) {
      if (ids.has(node.dataset.node ?? '')) node.classList.add('is-lit')
    }
  }
  svg.addEventListener('pointerover', (event) => light(event.target))
  svg.addEventListener('pointerleave', () => light(null))
  svg.addEventListener('focusin', (event) => light(event.target))
  svg.addEventListener('focusout', () => light(null))
}
