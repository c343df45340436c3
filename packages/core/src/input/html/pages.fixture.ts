// Small pages written for the tests, each with the furniture real sites put around an article.

/** A WordPress-style blog post with a site header, menu, share buttons, tags, comments, a comment form and a sidebar. */
export const blogPage = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour plan divides council &#8211; Riverside Notes</title>
<meta property="og:site_name" content="Riverside Notes">
<meta name="author" content="Dana Field">
<link rel="canonical" href="/2024/03/harbour-plan/">
<style>.x { color: red }</style>
<script>window.dataLayer = [];</script>
</head>
<body class="post-template-default single single-post tag-harbour">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/">Riverside Notes</a></p>
  <nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
</header>
<div id="content" class="site-content has-sidebar">
<main id="main" class="site-main">
<article id="post-12" class="post-12 post type-post status-publish tag-harbour tag-council">
  <header class="entry-header">
    <h1 class="entry-title">Harbour plan divides council</h1>
    <div class="entry-meta">By <span class="author vcard"><a href="/author/dana">Dana Field</a></span>
      <time class="entry-date published" datetime="2024-03-05T09:30:00+00:00">March 5, 2024</time></div>
  </header>
  <div class="entry-content">
    <p>The council met on Tuesday to debate the harbour plan, and the mood was tense.</p>
    <p>&ldquo;We cannot afford it,&rdquo; said Mayor Ruth Olsen, who chairs the finance committee.</p>
    <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
    <p>Councillor Tom Baker replied that the plan would <em>pay for itself</em> within ten years.</p>
  </div>
  <footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/harbour">harbour</a></span></footer>
</article>
<nav class="navigation post-navigation"><a href="/prev">Previous post</a></nav>
<div id="comments" class="comments-area">
  <h2 class="comments-title">2 thoughts on &ldquo;Harbour plan divides council&rdquo;</h2>
  <ol class="comment-list">
    <li class="comment"><article class="comment-body"><p>This plan is a waste of money and everybody knows it, frankly.</p></article></li>
    <li class="comment"><article class="comment-body"><p>Great reporting, thanks for covering the council meeting in such detail.</p></article></li>
  </ol>
  <div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
    <form><p>Your email address will not be published.</p><textarea name="comment"></textarea><button>Post Comment</button></form></div>
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li><a href="/a">Ferry fares to rise</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>Proudly powered by a blog engine. &copy; 2024 Riverside Notes</p></footer>
</body></html>`

/** A news page whose metadata is schema.org JSON-LD, with an ad, a figure, a pull quote and related links in the body. */
export const newsPage = `<html><head>
<title>Ministers clash over levies | Example News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Example News","url":"https://news.example.com/"},
  {"@type":["NewsArticle"],"headline":"Ministers clash over fishing levies","datePublished":"2024-03-05T10:00:00+01:00",
   "author":[{"@type":"Person","name":"Ann Writer"},{"@type":"Person","name":"Bo Reporter"}],
   "publisher":{"@type":"Organization","name":"Example News"},
   "mainEntityOfPage":{"@id":"https://news.example.com/world/levies-123"}}]}</script>
<script type="application/ld+json">{ this is not json </script>
</head><body>
<div class="top-bar"><a href="/">Example News</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
<main>
  <h1>Ministers clash over fishing levies</h1>
  <p class="byline">By Ann Writer and Bo Reporter</p>
  <div class="article-body" itemprop="articleBody">
    <p>LONDON (Wire) - France and Britain traded accusations on Monday over new fishing levies.</p>
    <figure><img src="boat.jpg" alt="A boat"><figcaption>A trawler in port. Photo: Agency</figcaption></figure>
    <p>"This is a breach of the agreement," the French minister said, according to two officials.</p>
    <div class="ad-slot" data-ad="1">Advertisement</div>
    <aside class="pull-quote">This is a breach of the agreement</aside>
    <h2>Talks next week</h2>
    <p>Britain's trade secretary said talks would resume next week in Brussels.</p>
    <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Fishing row escalates</a></li><li><a href="/b">Levies explained</a></li></ul></div>
  </div>
</main>
<div class="most-read"><h2>Most read</h2><ol><li><a href="/c">A long headline about something else entirely that happened today</a></li></ol></div>
<footer>Example News Ltd</footer>
</body></html>`

/** Careless markup: no head or body, unclosed paragraphs and bold, stray end tags, capitals, <br><br> paragraphs. */
export const brokenPage = `<TITLE>Storm closes ports | Coastal Daily</TITLE>
<DIV CLASS=story><P>Ports along the coast closed on Friday as the storm arrived.
<P>The harbour master said <B>no ships would sail</I> until Sunday.</span></p>
<p>Officials warned residents to stay inside.<br><br>Schools will reopen on Monday, the council said.
</DIV></div></body>`

/** An old table layout: a menu cell of links and a content cell, with no semantic elements at all. */
export const tablePage = `<html><body><table><tr>
<td class="left"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/weather">Weather</a></td>
<td><font size=4>Mill to close</font>
<p>The town's last paper mill will close in June, its owners said on Thursday, ending a century of work.</p>
<p>About 300 people work at the mill, which the union called "the heart of the town".</p>
</td></tr></table></body></html>`

/** A script-rendered page: an empty root element, and the article only in JSON-LD. */
export const scriptPage = `<html><head><meta property="og:title" content="Bridge reopens after repairs">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens","articleBody":"The old bridge reopened on Monday after two years of repairs.\\nThe mayor said traffic would be light at first."}</script>
</head><body><div id="root"></div><script src="/app.js"></script></body></html>`
