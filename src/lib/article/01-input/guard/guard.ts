import { ArticleError } from '../../errors/ArticleError';

/**
 * Refuses input no reader can use, before any parsing: too large, binary, or empty.
 * Linear in the text; the size check comes first so a huge upload costs one pass.
 */
export function guardText(text: string, maxBytes?: number): void {
	if (maxBytes !== undefined) {
		const bytes = utf8Length(text);
		if (bytes > maxBytes) {
			throw new ArticleError(
				'too-large',
				`The file is ${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)}. Paste only the article's text, or save the page as plain text.`
			);
		}
	}
	if (looksBinary(text)) {
		throw new ArticleError(
			'binary',
			'This does not look like text (it contains binary data). Upload a .txt, .md or .html file.'
		);
	}
	if (text.trim() === '') {
		throw new ArticleError('empty', 'The file is empty.');
	}
}

/** The size of `text` in UTF-8 without encoding it. @internal */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}

/** "812 bytes", "200 kB", "5.0 MB" (decimal units, as file managers show them). @internal */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	if (bytes < 1_000_000) {
		const kb = bytes / 1000;
		return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} kB`;
	}
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * A NUL byte, or more than 1 % control characters or U+FFFD (what a decoder makes of bytes that
 * are not UTF-8), means the file is not text. Tabs, line breaks and form feeds are text.
 * @internal
 */
export function looksBinary(text: string): boolean {
	let suspicious = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0) return true;
		if (
			(code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
			code === 0x7f ||
			code === 0xfffd
		) {
			suspicious++;
		}
	}
	return suspicious >= 4 && suspicious > text.length / 100;
}
