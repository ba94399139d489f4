import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toMoodleXml } from './moodle-xml';
import { QUIZ, TRICKY, unescapeHtml } from './fixtures.test-helpers';

interface XmlAnswer {
	'@_fraction': string;
	'@_format': string;
	text: string;
}
interface XmlQuestion {
	'@_type': string;
	questiontext?: { text: string };
	generalfeedback?: { text: string };
	answer?: XmlAnswer[];
}

function parseQuiz(xml: string): XmlQuestion[] {
	const parser = new XMLParser({
		ignoreAttributes: false,
		parseTagValue: false,
		trimValues: false,
		isArray: (name) => name === 'question' || name === 'answer'
	});
	return (parser.parse(xml) as { quiz: { question: XmlQuestion[] } }).quiz.question;
}

describe('toMoodleXml', () => {
	const xml = toMoodleXml(QUIZ);

	it('is well-formed XML', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
	});

	it('stays well-formed with characters XML 1.0 cannot hold', () => {
		const odd = toMoodleXml({
			...QUIZ,
			questions: [{ ...TRICKY[0]!, stem: 'bell\u0007 nul\u0000 lone\uD800 surrogate' }]
		});
		expect(XMLValidator.validate(odd)).toBe(true);
		expect(unescapeHtml(parseQuiz(odd)[1]!.questiontext!.text)).toBe(
			'<p>bell nul lone surrogate</p>'
		);
	});

	const questions = parseQuiz(xml).filter((q) => q['@_type'] === 'multichoice');

	it('has one multichoice question per question, the key at fraction 100 and the rest at 0', () => {
		expect(questions).toHaveLength(TRICKY.length);
		questions.forEach((back, i) => {
			const q = TRICKY[i]!;
			expect(back.answer!.map((a) => a['@_fraction'])).toEqual(
				q.options.map((_, j) => (j === q.answer ? '100' : '0'))
			);
			expect(back.answer!.map((a) => unescapeHtml(a.text))).toEqual(q.options);
			expect(unescapeHtml(back.questiontext!.text)).toBe(`<p>${q.stem}</p>`);
		});
	});

	it('gives the quote and its absolute link as general feedback', () => {
		const feedback = questions[1]!.generalfeedback!.text;
		// HTML inside XML: the parser undoes the XML layer, the HTML layer stays.
		expect(feedback).toContain("“It was &lt;i&gt;O'Brien&lt;/i&gt; &amp; Sons ]]&gt; here.”");
		expect(feedback).toContain('<a href="https://quiz.example.org/articles/kim-putin#s3">');
	});
});
