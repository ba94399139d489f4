/** Tricky questions shared by the exporter tests (internal to tests). */
import { articleSentenceUrl, type ExportQuestion, type ExportQuiz } from './types';

export const TRICKY: ExportQuestion[] = [
	{
		id: 'q1',
		stem: 'Which set {a, b} did the "minister" say = 3 ~ 4 # : mean?',
		options: ['{x}', '~tilde', '=equals', '#hash: colon', 'back\\slash'],
		answer: 3,
		evidence: ['s2'],
		explanation: 'The minister said so: "it is {x}".',
		article: 'kim-putin',
		quotes: [{ id: 's2', text: 'The minister said: "It is #1 = {x}", and left.' }]
	},
	{
		id: 'q2',
		stem: 'Who wrote <script>alert(1)</script> & <img src=x onerror=alert(2)>?',
		options: ["O'Brien & Sons", '<b>bold</b>', 'Zoë “Ž” 김정은'],
		answer: 0,
		evidence: ['s3'],
		explanation: '',
		article: 'kim-putin',
		quotes: [{ id: 's3', text: "It was <i>O'Brien</i> & Sons ]]> here." }]
	},
	{
		id: 'q3',
		stem: '[markdown] A. first line\nsecond line',
		options: ['ANSWER: B', '[html] B) no', '%50% half', 'a -> b'],
		answer: 1,
		evidence: [],
		explanation: 'No quote here.'
	}
];

export const QUIZ: ExportQuiz = {
	title: 'Kim & Putin: "talks" {1}',
	questions: TRICKY,
	link: (q, id) =>
		q.article ? articleSentenceUrl('https://quiz.example.org', q.article, id) : null
};

/** Undoes `escapeHtml` (and the XML entities a parser may leave). */
export function unescapeHtml(html: string): string {
	return html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
		.replace(/&amp;/g, '&');
}
