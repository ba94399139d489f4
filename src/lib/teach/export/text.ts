/** Escaping helpers shared by the exporters (internal). */

/** Text → HTML text content or attribute value. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
const XML_FORBIDDEN =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text → XML text content or attribute value, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
	return text
		.replace(XML_FORBIDDEN, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Runs of whitespace (line breaks included) → one space, trimmed: for one-line formats. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
