import { parse, type MultipleChoice } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { escapeGift, toGift } from './gift';
import { QUIZ, TRICKY, unescapeHtml } from './fixtures.test-helpers';

describe('escapeGift', () => {
	it.each([
		['plain', 'plain'],
		['a=b', 'a\\=b'],
		['{x}', '\\{x\\}'],
		['~#:', '\\~\\#\\:'],
		['back\\slash', 'back\\\\slash'],
		['two\nlines', 'two\\nlines'],
		['crlf\r\nend', 'crlf\\nend']
	])('%j → %j', (text, escaped) => {
		expect(escapeGift(text)).toBe(escaped);
	});
});

describe('toGift parsed back with gift-pegjs', () => {
	const gift = toGift(QUIZ);
	const parsed = parse(gift).filter((q): q is MultipleChoice => q.type === 'MC');

	it('gives one multiple-choice question per question', () => {
		expect(parsed).toHaveLength(TRICKY.length);
	});

	it.each(TRICKY.map((q, i) => [q.id, i] as const))(
		'%s keeps its stem, options and key',
		(_, i) => {
			const q = TRICKY[i]!;
			const back = parsed[i]!;
			expect(back.title).toBe(`Q${i + 1}`);
			expect(back.stem.format).toBe('html');
			expect(unescapeHtml(back.stem.text)).toBe(q.stem);
			expect(back.choices.map((c) => unescapeHtml(c.text.text))).toEqual(q.options);
			expect(back.choices.map((c) => c.isCorrect)).toEqual(q.options.map((_, j) => j === q.answer));
		}
	);

	it('puts the quote and an absolute link to the sentence in the general feedback', () => {
		const feedback = parsed[0]!.globalFeedback!;
		expect(feedback.format).toBe('html');
		expect(unescapeHtml(feedback.text)).toContain(
			'“The minister said: "It is #1 = {x}", and left.”'
		);
		expect(feedback.text).toContain('href="https://quiz.example.org/articles/kim-putin#s2"');
		expect(unescapeHtml(feedback.text)).toContain('The minister said so: "it is {x}".');
	});

	it('quotes a sentence that opens with its own quotation mark without doubling it', () => {
		const said = '“Hundreds have been killed,” Royce said.';
		const one = { ...TRICKY[0]!, quotes: [{ id: 's2', text: said }] };
		const [back] = parse(toGift({ ...QUIZ, questions: [one] })) as MultipleChoice[];
		const feedback = unescapeHtml(back!.globalFeedback!.text);
		expect(feedback).toContain(`<blockquote>${said}</blockquote>`);
		expect(feedback).not.toContain('““');
	});

	it('never lets article text become markup in the feedback', () => {
		const feedback = parsed[1]!.globalFeedback!.text;
		expect(feedback).toContain("&lt;i&gt;O'Brien&lt;/i&gt; &amp; Sons");
		expect(feedback).not.toContain('<i>');
	});

	it('has no general feedback when there is neither explanation nor quote', () => {
		const bare = toGift({ ...QUIZ, questions: [{ ...TRICKY[2]!, explanation: '' }] });
		expect(parse(bare)[0]).toMatchObject({ type: 'MC', globalFeedback: null });
	});

	it('keeps a title with line breaks inside its comment', () => {
		const text = toGift({ ...QUIZ, title: 'one\n::Q9:: x {=y}' });
		expect(parse(text)).toHaveLength(TRICKY.length);
	});
});
