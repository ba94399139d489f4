import type { DropRule } from '../types';

/**
 * General rules for lines that are not part of the article: what news feeds, wire services and
 * saved web pages add around the story. Each pattern is tested against ONE trimmed line of at
 * most `MAX_BOILERPLATE_LENGTH` characters, so a pattern's cost is bounded whatever the input.
 * Patterns describe kinds of lines (a syndication note, a "follow us" promotion), never the text
 * of one outlet.
 */
export const MAX_BOILERPLATE_LENGTH = 400;

export interface LinePattern {
	rule: DropRule;
	pattern: RegExp;
	/** Only lines of at most this many words match (defaults to no limit below the length cap). */
	maxWords?: number;
	/** Only lines without a full stop, question or exclamation mark (credits, not prose). */
	noStop?: boolean;
	/** A short note for people reading the rules. */
	note: string;
}

export const LINE_PATTERNS: readonly LinePattern[] = [
	// Syndication and wire notes.
	{
		rule: 'syndication',
		pattern: /syndicated (?:news )?feed/i,
		note: '"…is published from a syndicated feed", "auto-generated from a syndicated feed"'
	},
	{
		rule: 'syndication',
		pattern: /\bnot been edited by (?:\S+ ){0,6}?(?:staff|team|desk|editors?)\b/i,
		note: '"this story has not been edited by NDTV staff"'
	},
	{
		rule: 'syndication',
		pattern: /\b(?:wire|news) agency feeds?\b|\bwithout modifications? to the text\b/i,
		note: '"published from a wire agency feed without modifications to the text"'
	},
	{
		rule: 'syndication',
		// Case-sensitive: the outlet after "on" is a name ("…published in 2019 and…" is prose).
		pattern:
			/^\W{0,3}[Tt]his (?:story|article|report|piece|post) (?:was|has been|is|first) (?:originally |first )?(?:published|republished|reproduced|syndicated|appeared)(?: here)? (?:on|in|by|at|with|from) (?:the )?\p{Lu}/u,
		maxWords: 30,
		note: '"This article was originally published on The Conversation."'
	},
	{
		rule: 'syndication',
		pattern: /^\((?:with )?inputs? from [^()]*\)$|^with inputs? from\b|^\W{0,3}disclaimer\s*:/i,
		maxWords: 30,
		note: '"(With inputs from PTI)", "Disclaimer: …"'
	},
	// Promotions.
	{
		rule: 'promotion',
		pattern: /^\W{0,3}(?:follow|like|find|join|connect with|add) us\b/i,
		maxWords: 40,
		note: '"Follow us on Twitter", "Like us on Facebook"'
	},
	{
		rule: 'promotion',
		pattern:
			/^\W{0,3}(?:follow|track|get|catch|stay|keep up with)\b(?!-).{1,80}?\b(?:latest|breaking|live) (?:news|updates|stories|headlines|videos)\b/i,
		maxWords: 40,
		note: '"Track Latest News Live on … and get news updates", "Catch all the Breaking News …"'
	},
	{
		rule: 'promotion',
		pattern:
			/^\W{0,3}for (?:all )?(?:the )?(?:latest|more|breaking|live) (?:news|updates|stories|headlines)\b/i,
		maxWords: 40,
		note: '"For the latest news, visit …", "For more news, follow us on …"'
	},
	{
		rule: 'promotion',
		pattern: /^\W{0,3}(?:subscribe|sign up|register|opt in) (?:to|for|now|here|today|free)\b/i,
		maxWords: 40,
		note: '"Subscribe to our newsletter", "Sign up for the morning briefing"'
	},
	{
		rule: 'promotion',
		pattern:
			/^\W{0,3}(?:download|get|install|receive|try) (?:the|our)\b.{1,40}?\b(?:app|newsletters?|podcasts?|e-?paper)\b/i,
		maxWords: 30,
		note: '"Download the … app", "Get our free newsletter"'
	},
	{
		rule: 'promotion',
		pattern:
			/\b(?:[Ff]ollow|[Ll]ike|[Ff]ind|[Jj]oin) (?:us|[\p{Lu}@][\p{L}\p{N}.@_]*) on (?:Twitter|Facebook|Instagram|X|WhatsApp|Telegram|YouTube|TikTok|LinkedIn|Threads|Bluesky|Mastodon|Google News)\b/u,
		maxWords: 30,
		note: '"For more news, follow NDTV on X"'
	},
	// "Read more" and other links.
	{
		rule: 'read-more',
		pattern: /^\W{0,3}(?:click|tap|go) here\b/i,
		maxWords: 40,
		note: '"Click here to …"'
	},
	{
		rule: 'read-more',
		pattern:
			/^\W{0,3}(?:read more|read also|also read|also see|see also|more on this (?:story|topic)|more from|related(?: stories| articles| coverage| content| links| topics)?|read the full (?:story|article|report)|recommended(?: stories| reading)?|you (?:may|might) also like|most (?:read|popular)|top stories|watch|video|listen|photos|gallery)(?=\s*(?:[:|\-–—»>]|$))/i,
		maxWords: 40,
		note: '"Read more: …", "ALSO READ | …", "More on this story", "WATCH: …"'
	},
	{
		rule: 'read-more',
		pattern:
			/^\W{0,3}(?:read more|also read|read also|read the full (?:story|article)) (?:here|about|on|at|from|in)\b/i,
		maxWords: 40,
		note: '"Read more about …", "Read more at …"'
	},
	// Credits of the people who wrote the story (the "By …" byline is a function, see `isByline`).
	{
		rule: 'byline',
		pattern:
			/^\((?:additional )?(?:reporting|writing|editing|edited|written|compiled|compiling|research|graphics|production|produced) by\b[^()]*\)$/i,
		note: '"(Reporting by …; Editing by …)", "(Additional reporting by …)"'
	},
	{
		rule: 'byline',
		pattern:
			/^(?:additional )?(?:reporting|writing|editing|edited|written|compiled|compiling|research|graphics|production|produced) by\b/i,
		maxWords: 25,
		noStop: true,
		note: '"Reporting by Jane Doe; Editing by John Roe" (a credit has no full stop)'
	},
	{
		rule: 'byline',
		pattern:
			/^\W{0,3}(?:last )?(?:updated|published|posted|first published)(?: on| at)?\s*[:\-–—|]/i,
		maxWords: 15,
		note: '"Updated: Sep 17, 2023 10:15 IST"'
	},
	{
		rule: 'byline',
		pattern:
			/^\W{0,3}(?:last )?(?:updated|published|posted|first published)(?: on| at)? (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday)/i,
		maxWords: 10,
		noStop: true,
		note: '"Published 17 September 2023, 10:15 BST" (a time stamp has no full stop)'
	},
	{
		rule: 'byline',
		// a name, where it was written, and the day: no sentence ends with a bare date
		pattern:
			/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,2},? (?:at|in) \p{Lu}[\p{L}'’ -]{1,40}[,;|]? (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},?) \d{4}$/u,
		maxWords: 14,
		noStop: true,
		note: '"Stephen Bierley at Wimbledon, Tuesday 10 July 2001": a writer, a place and a day'
	},
	{
		rule: 'byline',
		// the second line of a byline: the writer's desk
		pattern:
			/^(?:AP|Associated Press|Reuters|AFP|Bloomberg|CP|The Canadian Press)(?: [A-Z][\w-]*){0,3} (?:Writers?|Correspondents?|Reporters?|Editors?|Staff)$/,
		maxWords: 8,
		noStop: true,
		note: '"AP Baseball Writer", "Associated Press Writer" under "By RONALD BLUM"'
	},
	// Photo and image credits and captions.
	{
		rule: 'photo-credit',
		pattern:
			/^\W{0,3}(?:image|photo|picture|photograph|pic|video|graphic|illustration|file photo)s? ?(?:copyright|credits?\b|caption|source|courtesy|[:©|/])/i,
		maxWords: 60,
		note: '"Image copyright Getty Images", "Photo: Reuters", "Image source, AFP"'
	},
	{
		rule: 'photo-credit',
		pattern: /^\W{0,3}(?:image|photo|picture|photograph|pic|video|graphic|illustration)s? by\b/i,
		maxWords: 12,
		noStop: true,
		note: '"Photo by Jane Doe" (a credit has no full stop)'
	},
	{
		rule: 'photo-credit',
		pattern:
			/^\((?:photo|image|picture|file photo|file picture|representational image|representative image|credit)\b[^()]*\)$/i,
		note: '"(Photo: AP)", "(File photo)"'
	},
	{
		rule: 'photo-credit',
		pattern: /^(?:file photo|representational image|representative image)\b/i,
		maxWords: 30,
		note: '"File photo of …"'
	},
	{
		rule: 'photo-credit',
		pattern:
			/\b(?:getty images|shutterstock|alamy|afp|ap photo|associated press|reuters|epa|pa media|pa wire|anadolu|xinhua|ians|pti|ani|bloomberg|nurphoto|sopa images)\b/i,
		maxWords: 8,
		noStop: true,
		note: 'a short line without a full stop that names a photo agency: "AFP/Getty Images", "REUTERS/Kim Hong-Ji"'
	},
	// Copyright lines.
	{
		rule: 'copyright',
		pattern: /^\W{0,3}(?:©|\(c\) ?\d{4}|copyright ?(?:©|\(c\)|\d{4}))/i,
		maxWords: 40,
		note: '"© 2023 BBC", "Copyright 2023 Thomson Reuters."'
	},
	{
		rule: 'copyright',
		pattern:
			/\ball rights reserved\b|^\W{0,3}this (?:material|article|content|story) (?:may|must|can)(?: not|not) be (?:published|reproduced|broadcast|rewritten|redistributed)/i,
		maxWords: 40,
		note: '"All rights reserved.", "This material may not be published, broadcast, rewritten…"'
	}
];

/**
 * Whole lines of page furniture, compared in lower case after trimming spaces and trailing
 * punctuation.
 */
export const CLUTTER_LINES: ReadonlySet<string> = new Set([
	'ad',
	'ads',
	'advertisement',
	'advertisements',
	'sponsored',
	'sponsored content',
	'skip advertisement',
	'story continues below',
	'story continues below advertisement',
	'article continues below',
	'article continues below advertisement',
	'continue reading',
	'continue reading below',
	'continue reading the main story',
	'share',
	'share this',
	'share this article',
	'share this story',
	'share this page',
	'share on facebook',
	'share on twitter',
	'share via email',
	'comments',
	'view comments',
	'listen to this article',
	'print',
	'email',
	'loading',
	'trending',
	'trending now',
	'more',
	'back to top',
	'media playback is unsupported on your device'
]);

/**
 * Words allowed in a "By …" byline besides capitalised names, initials and dates. A line starting
 * with "By" that has any other lower-case word ("By Friday, prices had fallen…") is prose.
 */
export const BYLINE_WORDS: ReadonlySet<string> = new Set([
	'and',
	'&',
	'of',
	'the',
	'de',
	'da',
	'di',
	'del',
	'van',
	'von',
	'der',
	'den',
	'bin',
	'al',
	'el',
	'le',
	'la',
	'du',
	'in',
	'at',
	'for',
	'with',
	'from',
	'staff',
	'reporter',
	'reporters',
	'correspondent',
	'correspondents',
	'editor',
	'writer',
	'news',
	'desk',
	'agencies',
	'updated',
	'published',
	'ist',
	'gmt',
	'utc',
	'am',
	'pm',
	'|',
	'-',
	'–',
	'—',
	'·',
	'•',
	'/'
]);

/** Words after "By" that make it a time, not a person ("By Friday", "By March"). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
	'then',
	'now',
	'contrast',
	'comparison',
	'law',
	'far',
	'noon',
	'midnight',
	'dawn',
	'evening',
	'morning',
	'night',
	'this',
	'that',
	'last',
	'next',
	'early',
	'late',
	'mid',
	'year',
	'its',
	'his',
	'her',
	'their',
	'our',
	'doing',
	'using',
	'making',
	'taking',
	'getting',
	'having',
	'being'
]);
