import { describe, expect, it } from 'vitest'
import { makeFurnitureTest } from './boilerplate.ts'
import { findElement } from './query.ts'
import { parseMarkup } from './tree.ts'

// Each case marks the element under test with data-t; PROSE is the rest of a page's text.
const PROSE = `<p>${'The council met on Tuesday to debate the harbour plan. '.repeat(4)}</p>`
const LEGEND =
  'The old ferry pier at low tide, where the council wants the new harbour wall to start; residents say the ' +
  'mud flats beside it flood twice a year, and that the path to the beach would close.'

describe('makeFurnitureTest', () => {
  it.each([
    ['<nav data-t>Home</nav>', true],
    ['<aside data-t>Also</aside>', true],
    ['<footer data-t>©</footer>', true],
    ['<div data-t role="navigation">x</div>', true],
    ['<div data-t hidden>x</div>', true],
    ['<div data-t aria-hidden="true">x</div>', true],
    ['<div data-t style="color: red; display : none">x</div>', true],
    [`<div data-t class="post-comments">x</div>${PROSE}`, true],
    [`<div data-t id="relatedArticles">x</div>${PROSE}`, true],
    [`<div data-t class="share-bar">Share</div>${PROSE}`, true],
    [`<div data-t class="l-sidebar">Most read</div>${PROSE}`, true],
    [`<div data-t class="l-sidebar-fixed">${PROSE}<div>Most read</div></div>`, false],
    [`<div data-t class="elementor-widget-text-editor">${PROSE}</div><p>Footer</p>`, false],
    [`<div data-t class="widget">Weather</div>${PROSE}`, true],
    [`<div data-t class="l-sidebar l-article-body">Text</div>${PROSE}`, false],
    ['<section data-t class="TestReport__Section--Ads">x</section>', false],
    [`<div data-t class="newsletter-box--wide">x</div>${PROSE}`, true],
    [`<div data-t class="post-comments">x</div>${PROSE}`, true],
    ['<div data-t class="no-comments">x</div>', false],
    ['<div data-t class="with-ads">x</div>', false],
    ['<section data-t class="article js-truncate-related">x</section>', false],
    [`<div data-t class="related js-truncate">x</div>${PROSE}`, true],
    ['<div data-t class="hentry author-ann tag-comments">x</div>', false],
    [`<div data-t class="ad-slot">x</div>${PROSE}`, true],
    [`<div data-t class="site-header">x</div>${PROSE}`, true],
    ['<div data-t class="entry-header">x</div>', false],
    ['<div data-t class="post tag-politics">x</div>', false],
    [`<div data-t class="tag-politics">x</div>${PROSE}`, true],
    ['<div data-t class="sr-only">x</div>', true],
    ['<div data-t class="hidden-xs">x</div>', false],
    [`<h3 data-t id="nav-the-vote-is-close">The vote is close</h3>${PROSE}`, false],
    ['<div data-t class="story-body">x</div>', false],
    ['<div data-t class="loaded">x</div>', false],
    ['<article data-t class="comment">x</article>', false],
    ['<div data-t class="has-sidebar"><main>x</main></div>', false],
    ['<div data-t class="has-sidebar"><article>x</article></div>', false],
    [`<div data-t class="has-sidebar">x</div><main>y</main>`, false],
    [`<div data-t class="sidebar">x</div><main>${PROSE}</main>`, true],
    [`<figure data-t><p>Text</p></figure>${PROSE}`, false],
    [`<figure><img><figcaption data-t>Photo</figcaption></figure>${PROSE}`, true],
    [`<figure><img><figcaption data-t class="caption">Photo: Ann Lee</figcaption></figure>${PROSE}`, true],
    // A legend long enough to tell part of the story is the article's text; hidden, it is still left out.
    [`<figure><img><figcaption data-t>${LEGEND}</figcaption></figure>${PROSE}`, false],
    [`<figure><img><figcaption data-t class="slide-caption">${LEGEND}</figcaption></figure>${PROSE}`, false],
    [`<figure><img><figcaption data-t aria-hidden="true">${LEGEND}</figcaption></figure>${PROSE}`, true],
    [`<div data-t class="col-md-6 print-full">Ingredients</div>${PROSE}`, false],
    [`<section data-t id="kommentare">Keine Kommentare</section>${PROSE}`, true],
    [`<div data-t class="sharedaddy">Share</div>${PROSE}`, true],
    [`<div data-t class="postmetadata">Posted Monday</div>${PROSE}`, true],
    [`<div data-t class="affiliate-disclosure">We earn a fee</div>${PROSE}`, true],
    [`${PROSE}<div data-t class="infobox article-contact">Press office: 0123 456</div>${PROSE}`, true],
    [`${PROSE}<div data-t class="factbox">The mayor said the wall would cost £2m.</div>${PROSE}`, false],
    [`${PROSE}<div data-t class="inlineTextbox">Read our guide to moorings</div>${PROSE}`, true],
    [`<div data-t class="textbox-wide">${PROSE}</div><p>Short</p>`, false],
    [`${PROSE}<div data-t class="community-notice">Readers wrote this post</div>`, true],
    [`${PROSE}<div data-t id="contact">Questions? Write to the desk</div>`, true],
    [`${PROSE}<div data-t class="Teasers u-container">More on the harbour</div>`, true],
    [`${PROSE}<div data-t class="buybox__info">Buy this article</div>`, true],
    // A box holding most of the page's text is the article's, whatever its class says.
    [`<div data-t class="above-footer">${PROSE}</div><footer>Contact</footer>`, false],
    [`<div data-t class="print-full">${PROSE}</div><p>Short</p>`, false],
    [`<div data-t class="post-comments">${PROSE}</div>${PROSE}`, false],
    [`<div data-t class="post-comments">${PROSE}</div>${PROSE}${PROSE}`, true],
    [`<div data-t class="sr-only">${PROSE}</div>`, true],
    // A page built of "widget" boxes (a page builder's) keeps them; one widget beside the prose is furniture.
    [`<div class="widget">${PROSE}</div><div data-t class="widget">Ann Lee took the photos.</div>`, false],
    [`<div class="box">${PROSE}</div><div data-t class="widget">Weather: sunny, 21 degrees</div>`, true],
  ])('%j is furniture: %s', (html, expected) => {
    const document = parseMarkup(html)
    const element = findElement(document, (e) => e.attributes.has('data-t'))
    expect(element && makeFurnitureTest(document)(element)).toBe(expected)
  })
})
