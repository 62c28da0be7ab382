/**
 * "Build if needed": a build is reused while a fingerprint of its inputs (paths, sizes and
 * modification times) matches the one recorded next to the build output.
 */
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"

const SKIPPED = new Set(["node_modules", ".medusa", ".next", ".data", "static", "integration-tests", "__tests__"])

export function fingerprint(inputs: string[]): string {
  const hash = createHash("sha256")
  const visit = (entry: string) => {
    if (!existsSync(entry)) return
    const stat = statSync(entry)
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry).sort()) if (!SKIPPED.has(child)) visit(path.join(entry, child))
    } else {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`)
    }
  }
  inputs.forEach(visit)
  return hash.digest("hex")
}

export function isBuildCurrent(stampFile: string, print: string): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, "utf8") === print
}

export function recordBuild(stampFile: string, print: string) {
  writeFileSync(stampFile, print)
}
