/**
 * Teachers' records: the teacher account and the assignment (an article turned into a quiz the
 * teacher reviewed, with its settings and its join code). Server-only: pages get views of them.
 */
import type { BankArticle, Question } from '$lib/generator/types';

export interface Teacher {
	/** Random id (also the key of the teacher's assignments). */
	id: string;
	/** Lower-cased, trimmed: the sign-in name. */
	email: string;
	/** Shown in the header: 1–80 characters. */
	name: string;
	/** `scrypt$N$r$p$salt$hash` (base64url), see `$lib/server/auth/password`. */
	passwordHash: string;
	createdAt: string;
}

/** Where a question of an assignment comes from: the generator, a teacher's edit, or by hand. */
export type QuestionOrigin = 'generated' | 'edited' | 'manual';

/**
 * A question of an assignment: the generator's `Question` (ids `q1`, `q2`… stay stable across
 * edits and reorders) plus where it came from. `evidence` holds sentence ids of the
 * assignment's article; the first is quoted.
 */
export type AssignmentQuestion = Question & { origin: QuestionOrigin };

export interface AssignmentSettings {
	/** Feedback after each question, or only on the results page. */
	feedback: 'each' | 'end';
	/** Attempts a student may make; `null` = unlimited. */
	attempts: number | null;
	/** ISO times; `null` = no limit. */
	opensAt: string | null;
	closesAt: string | null;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
}

export type AssignmentStatus = 'draft' | 'open' | 'closed';

/** The article an assignment quizzes on, frozen when the assignment was made. */
export type AssignmentArticle = BankArticle & {
	/** Where it came from: a library slug, pasted text, or an uploaded file's name. */
	from: { kind: 'library'; slug: string } | { kind: 'text' } | { kind: 'file'; name: string };
};

export interface Assignment {
	id: string;
	/** The owner: every route checks it (anyone else gets a 404). */
	teacherId: string;
	title: string;
	/**
	 * The article. `article.slug` is the library slug when made from a library article, else
	 * `t-<assignment id>` (shown at `/articles/t-<id>` for the evidence links).
	 */
	article: AssignmentArticle;
	/** The questions as students will get them, in the teacher's order. */
	questions: AssignmentQuestion[];
	/** The generator's questions by id, to restore a question's original. */
	generated: Question[];
	settings: AssignmentSettings;
	status: AssignmentStatus;
	/** The join code (6 characters of `JOIN_ALPHABET`) once published; kept when closed. */
	code: string | null;
	createdAt: string;
	updatedAt: string;
	publishedAt: string | null;
}

/** What the server keeps in `locals.teacher` and pages may see: never the password hash. */
export interface SignedInTeacher {
	id: string;
	name: string;
	email: string;
}
