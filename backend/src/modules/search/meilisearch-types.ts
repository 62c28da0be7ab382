// The meilisearch client is an ECMAScript module, loaded with import() from this CommonJS build
// (service.ts); TypeScript lets CommonJS name its types only with this resolution mode, a syntax
// Biome cannot parse yet: this file alone is left out of Biome (biome.jsonc).
type Client = typeof import("meilisearch", { with: { "resolution-mode": "import" } })

export type Meilisearch = InstanceType<Client["Meilisearch"]>
export type Settings = import("meilisearch", { with: { "resolution-mode": "import" } }).Settings
export type SearchParams = import("meilisearch", { with: { "resolution-mode": "import" } }).SearchParams
export type EnqueuedTaskPromise = import("meilisearch", { with: { "resolution-mode": "import" } }).EnqueuedTaskPromise
export type MultiSearchResponse<T extends Record<string, unknown>> = import("meilisearch", {
  with: { "resolution-mode": "import" },
}).MultiSearchResponse<T>
