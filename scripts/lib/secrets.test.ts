import assert from "node:assert/strict"
import { mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { test } from "node:test"
import { loadOrCreateSecrets } from "./secrets.ts"

test("generates strong secrets once and keeps them for the next start, readable by the owner only", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ocop-secrets-"))
  try {
    const { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, ...signing } = loadOrCreateSecrets(dir, {})
    const first = { ...signing, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY }
    for (const value of Object.values(signing)) assert.match(value, /^[0-9a-f]{64}$/)
    assert.equal(Buffer.from(NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, "base64").length, 32)
    assert.notEqual(first.JWT_SECRET, first.COOKIE_SECRET)
    assert.deepEqual(loadOrCreateSecrets(dir, {}), first)
    assert.equal(statSync(path.join(dir, "secrets.json")).mode & 0o777, 0o600)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test("a secret set in the environment wins over the kept one", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ocop-secrets-"))
  try {
    const kept = loadOrCreateSecrets(dir, {})
    const chosen = loadOrCreateSecrets(dir, { JWT_SECRET: "x".repeat(40) })
    assert.equal(chosen.JWT_SECRET, "x".repeat(40))
    assert.equal(chosen.COOKIE_SECRET, kept.COOKIE_SECRET)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
