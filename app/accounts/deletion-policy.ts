/** How long a deletion waits, so someone who asked in a hard moment can change their mind. */
export const DELETION_GRACE_DAYS = 14;
export const DELETION_PHRASE = "delete my account";
export const FORMER_MEMBER = "Former member";
