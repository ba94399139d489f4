/**
 * Countries with their demonyms and aliases. `the` marks names that take the article in running
 * text ("the United States"), so options keep the form the text uses.
 */
export interface CountryEntry {
	name: string;
	the?: boolean;
	demonyms: string[];
	aliases: string[];
	/** Distractors come first from the key's own region ("uk" for its nations). */
	region: string;
	/** No longer exists: recognised, never offered as a distractor unless the article names it. */
	historical?: boolean;
}

export const COUNTRIES: CountryEntry[] = [
	{
		name: 'United States',
		region: 'americas',
		the: true,
		demonyms: ['American'],
		aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America']
	},
	{
		name: 'United Kingdom',
		region: 'europe',
		the: true,
		demonyms: ['British'],
		aliases: ['UK', 'U.K.', 'Britain', 'Great Britain']
	},
	{ name: 'Russia', region: 'europe', demonyms: ['Russian'], aliases: ['Russian Federation'] },
	{
		name: 'China',
		region: 'asia',
		demonyms: ['Chinese'],
		aliases: ["People's Republic of China", 'PRC']
	},
	{
		name: 'North Korea',
		region: 'asia',
		demonyms: ['North Korean'],
		aliases: ['DPRK', "Democratic People's Republic of Korea"]
	},
	{
		name: 'South Korea',
		region: 'asia',
		demonyms: ['South Korean'],
		aliases: ['Republic of Korea', 'ROK']
	},
	{ name: 'Japan', region: 'asia', demonyms: ['Japanese'], aliases: [] },
	{ name: 'India', region: 'asia', demonyms: ['Indian'], aliases: [] },
	{ name: 'Pakistan', region: 'asia', demonyms: ['Pakistani'], aliases: [] },
	{ name: 'Afghanistan', region: 'asia', demonyms: ['Afghan'], aliases: [] },
	{ name: 'Iran', region: 'mideast', demonyms: ['Iranian'], aliases: ['Islamic Republic'] },
	{ name: 'Iraq', region: 'mideast', demonyms: ['Iraqi'], aliases: [] },
	{ name: 'Syria', region: 'mideast', demonyms: ['Syrian'], aliases: [] },
	{ name: 'Israel', region: 'mideast', demonyms: ['Israeli'], aliases: [] },
	{ name: 'Saudi Arabia', region: 'mideast', demonyms: ['Saudi'], aliases: [] },
	{ name: 'Turkey', region: 'mideast', demonyms: ['Turkish'], aliases: ['Turkiye'] },
	{ name: 'Egypt', region: 'mideast', demonyms: ['Egyptian'], aliases: [] },
	{ name: 'Ukraine', region: 'europe', demonyms: ['Ukrainian'], aliases: [] },
	{ name: 'Belarus', region: 'europe', demonyms: ['Belarusian'], aliases: [] },
	{ name: 'Poland', region: 'europe', demonyms: ['Polish'], aliases: [] },
	{ name: 'Germany', region: 'europe', demonyms: ['German'], aliases: [] },
	{ name: 'France', region: 'europe', demonyms: ['French'], aliases: [] },
	{ name: 'Italy', region: 'europe', demonyms: ['Italian'], aliases: [] },
	{ name: 'Spain', region: 'europe', demonyms: ['Spanish'], aliases: [] },
	{ name: 'Portugal', region: 'europe', demonyms: ['Portuguese'], aliases: [] },
	{ name: 'Netherlands', region: 'europe', the: true, demonyms: ['Dutch'], aliases: ['Holland'] },
	{ name: 'Belgium', region: 'europe', demonyms: ['Belgian'], aliases: [] },
	{ name: 'Switzerland', region: 'europe', demonyms: ['Swiss'], aliases: [] },
	{ name: 'Austria', region: 'europe', demonyms: ['Austrian'], aliases: [] },
	{ name: 'Sweden', region: 'europe', demonyms: ['Swedish'], aliases: [] },
	{ name: 'Norway', region: 'europe', demonyms: ['Norwegian'], aliases: [] },
	{ name: 'Denmark', region: 'europe', demonyms: ['Danish'], aliases: [] },
	{ name: 'Finland', region: 'europe', demonyms: ['Finnish'], aliases: [] },
	{ name: 'Ireland', region: 'europe', demonyms: ['Irish'], aliases: [] },
	{ name: 'Greece', region: 'europe', demonyms: ['Greek'], aliases: [] },
	{ name: 'Canada', region: 'americas', demonyms: ['Canadian'], aliases: [] },
	{ name: 'Mexico', region: 'americas', demonyms: ['Mexican'], aliases: [] },
	{ name: 'Brazil', region: 'americas', demonyms: ['Brazilian'], aliases: [] },
	{ name: 'Argentina', region: 'americas', demonyms: ['Argentine', 'Argentinian'], aliases: [] },
	{ name: 'Venezuela', region: 'americas', demonyms: ['Venezuelan'], aliases: [] },
	{ name: 'Cuba', region: 'americas', demonyms: ['Cuban'], aliases: [] },
	{ name: 'Colombia', region: 'americas', demonyms: ['Colombian'], aliases: [] },
	{ name: 'Australia', region: 'oceania', demonyms: ['Australian'], aliases: [] },
	{ name: 'New Zealand', region: 'oceania', demonyms: ['New Zealander'], aliases: [] },
	{ name: 'South Africa', region: 'africa', demonyms: ['South African'], aliases: [] },
	{ name: 'Nigeria', region: 'africa', demonyms: ['Nigerian'], aliases: [] },
	{ name: 'Kenya', region: 'africa', demonyms: ['Kenyan'], aliases: [] },
	{ name: 'Ethiopia', region: 'africa', demonyms: ['Ethiopian'], aliases: [] },
	{ name: 'Sudan', region: 'africa', demonyms: ['Sudanese'], aliases: [] },
	{ name: 'Somalia', region: 'africa', demonyms: ['Somali'], aliases: [] },
	{ name: 'Libya', region: 'mideast', demonyms: ['Libyan'], aliases: [] },
	{ name: 'Morocco', region: 'africa', demonyms: ['Moroccan'], aliases: [] },
	{ name: 'Indonesia', region: 'asia', demonyms: ['Indonesian'], aliases: [] },
	{ name: 'Philippines', region: 'asia', the: true, demonyms: ['Filipino'], aliases: [] },
	{ name: 'Vietnam', region: 'asia', demonyms: ['Vietnamese'], aliases: [] },
	{ name: 'Thailand', region: 'asia', demonyms: ['Thai'], aliases: [] },
	{ name: 'Malaysia', region: 'asia', demonyms: ['Malaysian'], aliases: [] },
	{ name: 'Singapore', region: 'asia', demonyms: ['Singaporean'], aliases: [] },
	{ name: 'Taiwan', region: 'asia', demonyms: ['Taiwanese'], aliases: [] },
	{ name: 'Myanmar', region: 'asia', demonyms: ['Burmese'], aliases: ['Burma'] },
	{ name: 'Bangladesh', region: 'asia', demonyms: ['Bangladeshi'], aliases: [] },
	{ name: 'Sri Lanka', region: 'asia', demonyms: ['Sri Lankan'], aliases: [] },
	{ name: 'Nepal', region: 'asia', demonyms: ['Nepalese'], aliases: [] },
	{ name: 'Scotland', region: 'uk', demonyms: ['Scottish'], aliases: [] },
	{ name: 'Wales', region: 'uk', demonyms: ['Welsh'], aliases: [] },
	{ name: 'England', region: 'uk', demonyms: ['English'], aliases: [] },
	{ name: 'Lebanon', region: 'mideast', demonyms: ['Lebanese'], aliases: [] },
	{ name: 'Jordan', region: 'mideast', demonyms: ['Jordanian'], aliases: [] },
	{ name: 'Yemen', region: 'mideast', demonyms: ['Yemeni'], aliases: [] },
	{ name: 'Qatar', region: 'mideast', demonyms: ['Qatari'], aliases: [] },
	{ name: 'Kazakhstan', region: 'asia', demonyms: ['Kazakh'], aliases: [] },
	{ name: 'Georgia', region: 'europe', demonyms: ['Georgian'], aliases: [] },
	{ name: 'Hungary', region: 'europe', demonyms: ['Hungarian'], aliases: [] },
	{ name: 'Romania', region: 'europe', demonyms: ['Romanian'], aliases: [] },
	{ name: 'Czech Republic', region: 'europe', the: true, demonyms: ['Czech'], aliases: [] },
	{ name: 'Serbia', region: 'europe', demonyms: ['Serbian'], aliases: [] },
	{
		name: 'Soviet Union',
		region: 'europe',
		historical: true,
		the: true,
		demonyms: ['Soviet'],
		aliases: ['USSR', 'U.S.S.R.']
	},
	{ name: 'Chile', region: 'americas', demonyms: ['Chilean'], aliases: [] },
	{ name: 'Peru', region: 'americas', demonyms: ['Peruvian'], aliases: [] }
];

/** World cities: fallback distractors for a city key. */
export const CITIES: string[] = [
	'London',
	'Paris',
	'Berlin',
	'Moscow',
	'Beijing',
	'Tokyo',
	'Seoul',
	'Pyongyang',
	'Washington',
	'New York',
	'Brussels',
	'Rome',
	'Madrid',
	'Kyiv',
	'Vladivostok',
	'Delhi',
	'Tehran',
	'Baghdad',
	'Cairo',
	'Nairobi',
	'Sydney',
	'Toronto',
	'Geneva',
	'Manchester',
	'Edinburgh',
	'Los Angeles',
	'Hong Kong',
	'Shanghai',
	'Istanbul',
	'Dubai'
];
