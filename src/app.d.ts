// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Player } from '$lib/quiz/types';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The player of this browser (from the httpOnly cookie), `null` before they pick a name. */
			player: Player | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
