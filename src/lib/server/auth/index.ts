/** Teacher accounts and sessions on the server. */
export { handleTeacher, needsTeacher, TEACHER_COOKIE } from './handle';
export { ownAssignment, requireTeacher } from './guard';
export { signIn, signOut, signUp, signUpOpen } from './account';
export { hashPassword, verifyPassword } from './password';
export { joinByAddress } from './throttles';
