/**
 * Moodle XML: one `multichoice` question per question, single answer, the key at fraction 100
 * and the others at 0, texts in HTML format (so HTML-escaped, then XML-escaped), and the quote
 * with its link as general feedback. See https://docs.moodle.org/en/Moodle_XML_format.
 */
import { feedbackHtml } from './gift';
import { escapeHtml, escapeXml, oneLine } from './text';
import type { ExportQuiz } from './types';

function text(html: string): string {
	return `<text>${escapeXml(html)}</text>`;
}

export function toMoodleXml(quiz: ExportQuiz): string {
	const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
	out.push(
		'  <question type="category">',
		`    <category>${text(`$course$/newsquiz/${oneLine(quiz.title).replace(/\//g, '-')}`)}</category>`,
		'  </question>'
	);
	quiz.questions.forEach((q, i) => {
		out.push(
			'  <question type="multichoice">',
			`    <name>${text(`Q${i + 1} ${oneLine(q.stem).slice(0, 60)}`)}</name>`,
			`    <questiontext format="html">${text(`<p>${escapeHtml(q.stem)}</p>`)}</questiontext>`,
			`    <generalfeedback format="html">${text(feedbackHtml(quiz, q))}</generalfeedback>`,
			'    <defaultgrade>1</defaultgrade>',
			'    <penalty>0</penalty>',
			'    <hidden>0</hidden>',
			`    <idnumber>${escapeXml(q.id)}</idnumber>`,
			'    <single>true</single>',
			'    <shuffleanswers>true</shuffleanswers>',
			'    <answernumbering>abc</answernumbering>'
		);
		q.options.forEach((option, j) => {
			out.push(
				`    <answer fraction="${j === q.answer ? 100 : 0}" format="html">`,
				`      ${text(escapeHtml(option))}`,
				'      <feedback format="html"><text></text></feedback>',
				'    </answer>'
			);
		});
		out.push('  </question>');
	});
	out.push('</quiz>', '');
	return out.join('\n');
}
