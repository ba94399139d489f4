/** News agencies and broadcasters: recognised by name and used as fallback distractors. */
export interface OrgEntry {
	name: string;
	aliases: string[];
}

export const NEWS_AGENCIES: OrgEntry[] = [
	{ name: 'Reuters', aliases: [] },
	{ name: 'AP', aliases: ['Associated Press', 'the Associated Press'] },
	{ name: 'AFP', aliases: ['Agence France-Presse'] },
	{ name: 'KCNA', aliases: ['Korean Central News Agency'] },
	{ name: 'RIA', aliases: ['RIA Novosti'] },
	{ name: 'TASS', aliases: ['Tass'] },
	{ name: 'Interfax', aliases: [] },
	{ name: 'Xinhua', aliases: [] },
	{ name: 'Yonhap', aliases: [] },
	{ name: 'Kyodo', aliases: [] },
	{ name: 'Bloomberg', aliases: [] },
	{ name: 'BBC', aliases: [] },
	{ name: 'CNN', aliases: [] },
	{ name: 'Al Jazeera', aliases: [] },
	{ name: 'VOA', aliases: ['Voice of America'] },
	{ name: 'NDTV', aliases: [] },
	{ name: 'Press Association', aliases: ['PA'] },
	{ name: 'Dow Jones', aliases: [] },
	{ name: 'IRNA', aliases: [] },
	{ name: 'Anadolu', aliases: [] }
];
