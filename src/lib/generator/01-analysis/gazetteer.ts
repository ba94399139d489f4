/** @internal Curated phrases (countries, demonyms, agencies, organisations) as token sequences. */
import { COUNTRIES } from '../model/countries';
import { NEWS_AGENCIES } from '../model/agencies';
import { ORGANISATIONS } from '../model/organisations';
import { tokenize } from '../util/text';
import type { EntityKind } from './types';

export interface GazetteerEntry {
	/** Token texts to match (exact case). */
	tokens: string[];
	kind: EntityKind;
	/** Canonical key, shared by all aliases of one entity. */
	key: string;
	display: string;
	demonym: boolean;
	/** All aliases of the entity (lower case). */
	aliases: string[];
	demonyms: string[];
}

function entries(): GazetteerEntry[] {
	const out: GazetteerEntry[] = [];
	const add = (
		phrase: string,
		kind: EntityKind,
		key: string,
		display: string,
		demonym: boolean,
		aliases: string[],
		demonyms: string[]
	) => {
		const tokens = tokenize(phrase).map((t) => (t.possessive ? `${t.text}'s` : t.text));
		out.push({ tokens, kind, key, display, demonym, aliases, demonyms });
	};
	for (const c of COUNTRIES) {
		const display = c.the ? `the ${c.name}` : c.name;
		const aliases = [c.name, display, ...c.aliases].map((a) => a.toLowerCase());
		const demonyms = c.demonyms.map((d) => d.toLowerCase());
		for (const name of [c.name, ...c.aliases]) {
			add(name, 'country', `country:${c.name}`, display, false, aliases, demonyms);
		}
		for (const d of c.demonyms) {
			add(d, 'country', `country:${c.name}`, display, true, aliases, demonyms);
		}
	}
	for (const a of NEWS_AGENCIES) {
		const aliases = [a.name, ...a.aliases].map((x) => x.toLowerCase());
		for (const name of [a.name, ...a.aliases.filter((x) => !x.startsWith('the '))]) {
			add(name, 'agency', `agency:${a.name}`, a.name, false, aliases, []);
		}
	}
	for (const o of ORGANISATIONS) {
		const aliases = [o.name, ...o.aliases].map((x) => x.toLowerCase());
		const bare = o.name.replace(/^the /, '');
		for (const name of new Set([bare, ...o.aliases])) {
			add(name, 'organisation', `org:${o.name}`, o.name, false, aliases, []);
		}
	}
	return out;
}

/** Entries by their first token, longest first. */
export const GAZETTEER: Map<string, GazetteerEntry[]> = (() => {
	const map = new Map<string, GazetteerEntry[]>();
	for (const e of entries()) {
		const first = e.tokens[0];
		if (!first) continue;
		const list = map.get(first) ?? [];
		list.push(e);
		map.set(first, list);
	}
	for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
	return map;
})();
