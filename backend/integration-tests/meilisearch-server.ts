/**
 * The one Meilisearch helper (scripts/lib/meilisearch.ts, also behind `pnpm start --search
 * meilisearch`), for the specs. It belongs to the scripts package, an ECMAScript module outside this
 * TypeScript project: required at run time (Jest compiles it), typed here.
 */
export type LocalMeilisearch = { host: string; key: string; log: string; stop(): Promise<void> }

export const startMeilisearch: (options: { port: number; dir: string }) => Promise<LocalMeilisearch | { reason: string }> =
  require("../../scripts/lib/meilisearch.ts").startMeilisearch
