/**
 * Countries with their demonyms and aliases. `the` marks names that take the article in running
 * text ("the United States"), so options keep the form the text uses.
 */
export interface CountryEntry {
	name: string;
	the?: boolean;
	demonyms: string[];
	aliases: string[];
	/** No longer exists: recognised, never offered as a distractor unless the article names it. */
	historical?: boolean;
}

export const COUNTRIES: CountryEntry[] = [
	{
		name: 'United States',
		the: true,
		demonyms: ['American'],
		aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America']
	},
	{
		name: 'United Kingdom',
		the: true,
		demonyms: ['British'],
		aliases: ['UK', 'U.K.', 'Britain', 'Great Britain']
	},
	{ name: 'Russia', demonyms: ['Russian'], aliases: ['Russian Federation'] },
	{ name: 'China', demonyms: ['Chinese'], aliases: ["People's Republic of China", 'PRC'] },
	{
		name: 'North Korea',
		demonyms: ['North Korean'],
		aliases: ['DPRK', "Democratic People's Republic of Korea"]
	},
	{ name: 'South Korea', demonyms: ['South Korean'], aliases: ['Republic of Korea', 'ROK'] },
	{ name: 'Japan', demonyms: ['Japanese'], aliases: [] },
	{ name: 'India', demonyms: ['Indian'], aliases: [] },
	{ name: 'Pakistan', demonyms: ['Pakistani'], aliases: [] },
	{ name: 'Afghanistan', demonyms: ['Afghan'], aliases: [] },
	{ name: 'Iran', demonyms: ['Iranian'], aliases: ['Islamic Republic'] },
	{ name: 'Iraq', demonyms: ['Iraqi'], aliases: [] },
	{ name: 'Syria', demonyms: ['Syrian'], aliases: [] },
	{ name: 'Israel', demonyms: ['Israeli'], aliases: [] },
	{ name: 'Saudi Arabia', demonyms: ['Saudi'], aliases: [] },
	{ name: 'Turkey', demonyms: ['Turkish'], aliases: ['Turkiye'] },
	{ name: 'Egypt', demonyms: ['Egyptian'], aliases: [] },
	{ name: 'Ukraine', demonyms: ['Ukrainian'], aliases: [] },
	{ name: 'Belarus', demonyms: ['Belarusian'], aliases: [] },
	{ name: 'Poland', demonyms: ['Polish'], aliases: [] },
	{ name: 'Germany', demonyms: ['German'], aliases: [] },
	{ name: 'France', demonyms: ['French'], aliases: [] },
	{ name: 'Italy', demonyms: ['Italian'], aliases: [] },
	{ name: 'Spain', demonyms: ['Spanish'], aliases: [] },
	{ name: 'Portugal', demonyms: ['Portuguese'], aliases: [] },
	{ name: 'Netherlands', the: true, demonyms: ['Dutch'], aliases: ['Holland'] },
	{ name: 'Belgium', demonyms: ['Belgian'], aliases: [] },
	{ name: 'Switzerland', demonyms: ['Swiss'], aliases: [] },
	{ name: 'Austria', demonyms: ['Austrian'], aliases: [] },
	{ name: 'Sweden', demonyms: ['Swedish'], aliases: [] },
	{ name: 'Norway', demonyms: ['Norwegian'], aliases: [] },
	{ name: 'Denmark', demonyms: ['Danish'], aliases: [] },
	{ name: 'Finland', demonyms: ['Finnish'], aliases: [] },
	{ name: 'Ireland', demonyms: ['Irish'], aliases: [] },
	{ name: 'Greece', demonyms: ['Greek'], aliases: [] },
	{ name: 'Canada', demonyms: ['Canadian'], aliases: [] },
	{ name: 'Mexico', demonyms: ['Mexican'], aliases: [] },
	{ name: 'Brazil', demonyms: ['Brazilian'], aliases: [] },
	{ name: 'Argentina', demonyms: ['Argentine', 'Argentinian'], aliases: [] },
	{ name: 'Venezuela', demonyms: ['Venezuelan'], aliases: [] },
	{ name: 'Cuba', demonyms: ['Cuban'], aliases: [] },
	{ name: 'Colombia', demonyms: ['Colombian'], aliases: [] },
	{ name: 'Australia', demonyms: ['Australian'], aliases: [] },
	{ name: 'New Zealand', demonyms: ['New Zealander'], aliases: [] },
	{ name: 'South Africa', demonyms: ['South African'], aliases: [] },
	{ name: 'Nigeria', demonyms: ['Nigerian'], aliases: [] },
	{ name: 'Kenya', demonyms: ['Kenyan'], aliases: [] },
	{ name: 'Ethiopia', demonyms: ['Ethiopian'], aliases: [] },
	{ name: 'Sudan', demonyms: ['Sudanese'], aliases: [] },
	{ name: 'Somalia', demonyms: ['Somali'], aliases: [] },
	{ name: 'Libya', demonyms: ['Libyan'], aliases: [] },
	{ name: 'Morocco', demonyms: ['Moroccan'], aliases: [] },
	{ name: 'Indonesia', demonyms: ['Indonesian'], aliases: [] },
	{ name: 'Philippines', the: true, demonyms: ['Filipino'], aliases: [] },
	{ name: 'Vietnam', demonyms: ['Vietnamese'], aliases: [] },
	{ name: 'Thailand', demonyms: ['Thai'], aliases: [] },
	{ name: 'Malaysia', demonyms: ['Malaysian'], aliases: [] },
	{ name: 'Singapore', demonyms: ['Singaporean'], aliases: [] },
	{ name: 'Taiwan', demonyms: ['Taiwanese'], aliases: [] },
	{ name: 'Myanmar', demonyms: ['Burmese'], aliases: ['Burma'] },
	{ name: 'Bangladesh', demonyms: ['Bangladeshi'], aliases: [] },
	{ name: 'Sri Lanka', demonyms: ['Sri Lankan'], aliases: [] },
	{ name: 'Nepal', demonyms: ['Nepalese'], aliases: [] },
	{ name: 'Scotland', demonyms: ['Scottish'], aliases: [] },
	{ name: 'Wales', demonyms: ['Welsh'], aliases: [] },
	{ name: 'England', demonyms: ['English'], aliases: [] },
	{ name: 'Lebanon', demonyms: ['Lebanese'], aliases: [] },
	{ name: 'Jordan', demonyms: ['Jordanian'], aliases: [] },
	{ name: 'Yemen', demonyms: ['Yemeni'], aliases: [] },
	{ name: 'Qatar', demonyms: ['Qatari'], aliases: [] },
	{ name: 'Kazakhstan', demonyms: ['Kazakh'], aliases: [] },
	{ name: 'Georgia', demonyms: ['Georgian'], aliases: [] },
	{ name: 'Hungary', demonyms: ['Hungarian'], aliases: [] },
	{ name: 'Romania', demonyms: ['Romanian'], aliases: [] },
	{ name: 'Czech Republic', the: true, demonyms: ['Czech'], aliases: [] },
	{ name: 'Serbia', demonyms: ['Serbian'], aliases: [] },
	{
		name: 'Soviet Union',
		historical: true,
		the: true,
		demonyms: ['Soviet'],
		aliases: ['USSR', 'U.S.S.R.']
	},
	{ name: 'Chile', demonyms: ['Chilean'], aliases: [] },
	{ name: 'Peru', demonyms: ['Peruvian'], aliases: [] }
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
