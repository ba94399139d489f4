/**
 * Where to send a player back to (`?next=`, `?from=`): only a path on this site, never another
 * origin ("//evil.example", "/\evil.example", "javascript:…").
 */
export function localPath(raw: string | null | undefined, fallback = '/'): string {
	if (!raw || raw.length > 500 || !raw.startsWith('/') || /^\/[/\\]/.test(raw)) return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
	try {
		const url = new URL(raw, 'http://newsquiz.invalid');
		if (url.origin !== 'http://newsquiz.invalid') return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}
