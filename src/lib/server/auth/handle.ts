/**
 * Teacher identity: the session cookie holds a random token whose hash is looked up in the
 * store on every request. Everything under `/teach` (pages, actions, downloads) needs a signed-in
 * teacher, except signing in and up.
 */
import { redirect, type Cookies, type Handle } from '@sveltejs/kit';
import { addSource } from '$lib/server/library';
import { sessions } from '$lib/server/store/sessions';
import { teachers } from '$lib/server/store/teachers';
import { assignmentArticlesSource } from './articles';

export const TEACHER_COOKIE = 'newsquiz_teacher';

const PUBLIC = new Set(['/teach/signin', '/teach/signup']);

/** Whether `pathname` is a page that needs a signed-in teacher. */
export function needsTeacher(pathname: string): boolean {
	return (
		(pathname === '/teach' || pathname.startsWith('/teach/')) &&
		!PUBLIC.has(pathname.replace(/\/$/, ''))
	);
}

export function setTeacherCookie(cookies: Cookies, token: string, expires: Date, url: URL): void {
	cookies.set(TEACHER_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires
	});
}

export function clearTeacherCookie(cookies: Cookies, url: URL): void {
	cookies.delete(TEACHER_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

export const handleTeacher: Handle = async ({ event, resolve }) => {
	event.locals.teacher = null;
	const token = event.cookies.get(TEACHER_COOKIE);
	if (token) {
		const session = await sessions().find(token);
		const teacher = session ? await teachers().get(session.teacherId) : undefined;
		if (teacher)
			event.locals.teacher = { id: teacher.id, name: teacher.name, email: teacher.email };
		else clearTeacherCookie(event.cookies, event.url);
	}
	if (!event.locals.teacher && needsTeacher(event.url.pathname)) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/teach/signin?next=${encodeURIComponent(next)}`);
	}
	return resolve(event);
};

// Registered when the hooks load this module (idempotent: the library keeps one source per name).
addSource(assignmentArticlesSource());
