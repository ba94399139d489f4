/** Formatting of statistics for pages and exports. */

/** `83` → `"1 min 23 s"`, `9` → `"9 s"`, `null` → `"—"` (not finished). */
export function formatDuration(seconds: number | null): string {
	if (seconds === null) return '—';
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
	if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
	return `${s} s`;
}

/** An index such as D or r with two decimals and a true minus sign; `null` → `"—"`. */
export function formatIndex(value: number | null): string {
	if (value === null) return '—';
	const fixed = (Math.round(value * 100) / 100).toFixed(2);
	return fixed === '-0.00' ? '0.00' : fixed.replace('-', '−');
}

/** ISO time → `2026-11-28 09:05` (UTC, as stored), or `"—"`. */
export function formatTime(iso: string | null): string {
	if (iso === null) return '—';
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return '—';
	return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)}`;
}
