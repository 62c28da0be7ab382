/** An error whose message is meant for the person running the command: printed without a stack. */
export class UserFacingError extends Error {}
