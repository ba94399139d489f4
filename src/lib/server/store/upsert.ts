import { StoreInputError } from './errors';
import type { Records, Updater } from './records';

/**
 * Internal (practice namespaces): update a record, creating it from `initial` first when it does
 * not exist yet. Two first writes racing: one creates, the other's create fails and it updates.
 */
export async function upsert<T extends { id: string }>(
	all: Records<T>,
	id: string,
	initial: () => T,
	fn: Updater<T>
): Promise<T> {
	const updated = await all.update(id, fn);
	if (updated) return updated;
	try {
		await all.create(initial());
	} catch (err) {
		if (!(err instanceof StoreInputError)) throw err;
	}
	const again = await all.update(id, fn);
	if (!again) throw new StoreInputError(`cannot write ${all.name}/${id}`);
	return again;
}
