export { handlePlayer, setPlayerCookie, PLAYER_COOKIE } from './handle';
export { saveName } from './name-action';
export { localPath } from './paths';
export { bestByQuiz, summariesOf, type BestScore } from './scores';
export { ownAttempt, recordAnswer, startQuiz } from './play';
