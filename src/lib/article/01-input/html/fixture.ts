/** A hand-made news page: navigation, ads, a cookie banner, related links and the story. @internal */
export const NEWS_PAGE = `<!doctype html>
<html lang="en">
<head>
	<meta charset="utf-8">
	<title>Kim tours Russian fleet | The Daily Ledger</title>
	<meta property="og:title" content="Kim tours Russia's Pacific fleet">
	<meta property="og:site_name" content="The Daily Ledger">
	<meta property="og:url" content="https://ledger.example/world/kim-fleet">
	<meta property="article:published_time" content="2023-09-17T08:30:00+09:00">
	<script>window.ads = [];</script>
	<style>.ad { display: block; }</style>
</head>
<body>
	<header>
		<nav class="site-nav">
			<a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
			<a href="/subscribe">Subscribe</a>
		</nav>
	</header>
	<div class="cookie-banner">We use cookies. <button>Accept all</button></div>
	<main>
		<article class="story">
			<h1>Kim tours Russia's Pacific fleet</h1>
			<p class="byline">By Jane Doe</p>
			<figure>
				<img src="kim.jpg" alt="Kim on a warship">
				<figcaption>Image copyright Getty Images</figcaption>
			</figure>
			<p>North Korean leader Kim Jong Un toured Russia's Pacific fleet on Saturday, state media said. He was accompanied by Russian Defence Minister Sergei Shoigu.</p>
			<div class="ad">Advertisement <a href="https://ads.example/buy">Buy now</a></div>
			<p>Kim inspected nuclear-capable strategic bombers and hypersonic missiles, the KCNA news agency reported. "This is a fresh heyday," it said.</p>
			<p>Mr. Kim met U.S. officials' counterparts in Vladivostok earlier in the week, according to a statement from the Kremlin that was released on Friday.</p>
			<h2>Sanctions</h2>
			<p>South Korea and the U.S. said military cooperation would violate U.N. sanctions against Pyongyang and that there would be a price to pay.</p>
			<p>Read more: Putin hosts Kim at space centre</p>
			<p><a href="/world/space-centre">Putin shows Kim the Vostochny space centre</a></p>
			<ul class="related-links">
				<li><a href="/world/kim-train">Kim's armoured train explained</a></li>
				<li><a href="/world/shoigu">Who is Sergei Shoigu?</a></li>
			</ul>
			<p>Analysts said the visit, <a href="/world/analysis">our analysis</a> shows, was carefully staged for a domestic audience in both countries.</p>
		</article>
		<aside class="related">
			<h3>Most read</h3>
			<ul><li><a href="/a">Ten things you missed this week</a></li><li><a href="/b">Weather warning for the weekend</a></li></ul>
		</aside>
	</main>
	<footer>© 2023 The Daily Ledger. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body>
</html>`;
