import assert from "node:assert/strict"
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { test } from "node:test"
import { fingerprint, isBuildCurrent, recordBuild } from "./build-stamp.ts"

function sourceFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), "stamp-"))
  mkdirSync(path.join(dir, "src"))
  writeFileSync(path.join(dir, "src/app.ts"), "export const a = 1")
  return dir
}

test("a build is reused until one of its input files changes", () => {
  const dir = sourceFolder()
  const inputs = [path.join(dir, "src")]
  const stamp = path.join(dir, ".build-stamp")

  assert.equal(isBuildCurrent(stamp, fingerprint(inputs)), false, "never built")
  recordBuild(stamp, fingerprint(inputs))
  assert.equal(isBuildCurrent(stamp, fingerprint(inputs)), true, "nothing changed")

  const file = path.join(dir, "src/app.ts")
  writeFileSync(file, "export const a = 2")
  utimesSync(file, new Date(), new Date(Date.now() + 5_000))
  assert.equal(isBuildCurrent(stamp, fingerprint(inputs)), false, "a source changed")
})

test("node_modules and build output are not inputs", () => {
  const dir = sourceFolder()
  const before = fingerprint([dir])
  for (const output of ["node_modules", ".next", ".medusa"]) {
    mkdirSync(path.join(dir, output))
    writeFileSync(path.join(dir, output, "x.js"), "generated")
  }
  assert.equal(fingerprint([dir]), before)
})
