/** @internal Fixtures for the generator's tests: articles built from short texts. */
import { readArticle } from '../article/index';
import type { Article } from '../article/types';
import { analyse } from './01-analysis/analyse';
import type { Analysis } from './01-analysis/types';

export function articleOf(text: string, title = 'Test article'): Article {
	return readArticle({ text, format: 'txt', title, source: 'Test wire' });
}

export function analysisOf(text: string, title?: string): Analysis {
	return analyse(articleOf(text, title));
}

/** A short news text with people, countries, agencies, days and years. */
export const NEWS = [
	"North Korean leader Kim Jong Un and Russia's defence minister discussed military cooperation, state media said on Sunday.",
	'Kim met Russian President Vladimir Putin on Wednesday and discussed military matters.',
	"Continuing his train journey, Kim will go to several food enterprises, Russia's RIA news agency reported on Sunday.",
	'The United States and its allies worry about warming ties between the two neighbours.',
	'South Korea and the U.S. said on Friday that cooperation would violate U.N. sanctions against Pyongyang.',
	'Russia has gone out of its way to publicise the visit, dropping hints about cooperation with North Korea, a country formed in 1948.',
	'Moscow is discussing joint military exercises with North Korea, Sergei Shoigu told Russian media.',
	'He visited Pyongyang in July and toured a weapons exhibit with Kim.',
	'Kim also toured the Pacific Fleet, KCNA said.'
].join('\n');
