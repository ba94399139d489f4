import type { OrgEntry } from './agencies';

/** Banks by their names: "Bank of America", "Citigroup", "J.P. Morgan Chase & Co.", "HSBC". */
export const BANKS =
	/\b(?:Bank|Banco|Banque|Chase|Citigroup|Citibank|Barclays|HSBC|Goldman Sachs|Morgan Stanley|JPMorgan|J\.P\. Morgan|Merrill Lynch|UBS|Credit Suisse|BNP Paribas|Santander|Lloyds|RBS|NatWest|Wells Fargo|Nomura|Mizuho)\b/;

/** A public body by its last word: "Consumer Financial Protection Bureau", "Health Ministry". */
export const PUBLIC_BODY =
	/\b(?:Bureau|Agency|Commission|Authority|Administration|Office|Department|Ministry|Service|Board|Court|Council|Committee|Parliament|Congress|Senate|Party|Union|Police|Army|Government)$/;

/** International organisations: recognised by name and used as fallback distractors. */
export const ORGANISATIONS: OrgEntry[] = [
	{ name: 'the United Nations', aliases: ['U.N.', 'UN', 'United Nations'] },
	{ name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization'] },
	{ name: 'the European Union', aliases: ['EU', 'E.U.', 'European Union'] },
	{ name: 'the World Health Organization', aliases: ['WHO', 'World Health Organization'] },
	{ name: 'the International Monetary Fund', aliases: ['IMF', 'International Monetary Fund'] },
	{ name: 'the World Bank', aliases: ['World Bank'] },
	{ name: 'the World Trade Organization', aliases: ['WTO', 'World Trade Organization'] },
	{ name: 'OPEC', aliases: ['Opec'] },
	{ name: 'the G7', aliases: ['G7', 'G8'] },
	{ name: 'the G20', aliases: ['G20'] },
	{ name: 'ASEAN', aliases: ['Asean'] },
	{ name: 'the African Union', aliases: ['African Union'] },
	{ name: 'the Red Cross', aliases: ['Red Cross'] },
	{ name: 'UNICEF', aliases: ['Unicef'] },
	{ name: 'UNESCO', aliases: ['Unesco'] },
	{
		name: 'the International Atomic Energy Agency',
		aliases: ['IAEA', 'International Atomic Energy Agency']
	},
	{ name: 'Interpol', aliases: [] },
	{ name: 'FIFA', aliases: ['Fifa'] },
	{ name: 'the OECD', aliases: ['OECD'] },
	{ name: 'the European Commission', aliases: ['European Commission'] },
	{ name: 'the Security Council', aliases: ['Security Council', 'U.N. Security Council'] }
];
