// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Player } from '$lib/quiz/types';
import type { SignedInTeacher } from '$lib/teach/types';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The player of this browser (from the httpOnly cookie), `null` before they pick a name. */
			player: Player | null;
			/** The signed-in teacher (from the session cookie), `null` otherwise. */
			teacher: SignedInTeacher | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
