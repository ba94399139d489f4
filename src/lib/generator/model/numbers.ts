/** Numbers written as words ("two people", "one trillion calculations"). */
export const NUMBER_WORDS = new Map<string, number>([
	['one', 1],
	['two', 2],
	['three', 3],
	['four', 4],
	['five', 5],
	['six', 6],
	['seven', 7],
	['eight', 8],
	['nine', 9],
	['ten', 10],
	['eleven', 11],
	['twelve', 12],
	['fifteen', 15],
	['twenty', 20],
	['thirty', 30],
	['forty', 40],
	['fifty', 50],
	['hundred', 100]
]);

/** Scale words after a number: "three million", "$9bn". */
export const SCALE_WORDS: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };
