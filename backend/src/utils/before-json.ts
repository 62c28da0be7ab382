/**
 * A contract's answer as the backend builds it before `res.json`: the named ISO-string fields may
 * still hold the Dates read from the database, which the answer's JSON writes as those ISO strings.
 * Typing a builder with it checks every other field against the contract without converting anything.
 */
export type BeforeJson<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | (null extends T[P] ? Date | null : Date) }
