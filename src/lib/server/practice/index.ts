/** Server glue for self-testing (issue 5): added articles, reviews, history, recovery. */
export { addedArticlesSource } from './added-source';
export { attemptsOf } from './history';
export { homePractice, type HomePractice } from './home';
export { publicAddEnabled } from './config';
export { REVIEW_SESSION_MAX, startReview } from './review';
export { TIME_ZONE_COOKIE, setTimeZone, timeZoneOf } from './timezone';
