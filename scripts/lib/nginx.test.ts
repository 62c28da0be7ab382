import assert from "node:assert/strict"
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { test } from "node:test"
import { writeNginxConfig } from "./nginx.ts"

test("balances each service over its instances, keeps its files in its own folder, and never sends a request twice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ocop-nginx-"))
  try {
    const file = writeNginxConfig(
      dir,
      [
        { name: "backend", listen: 9000, upstreams: [9001, 9002] },
        { name: "storefront", listen: 8000, upstreams: [8001, 8002] },
      ],
      path.join(dir, "logs")
    )
    const config = readFileSync(file, "utf8")
    for (const port of [9001, 9002, 8001, 8002]) assert.match(config, new RegExp(`server 127\\.0\\.0\\.1:${port} max_fails=1`))
    assert.match(config, /listen 9000;[\s\S]*proxy_pass http:\/\/backend;/)
    assert.match(config, /listen 8000;[\s\S]*proxy_pass http:\/\/storefront;/)
    // Retried on the next instance only when the first was unreachable: a POST (a checkout) never twice.
    assert.match(config, /proxy_next_upstream error timeout;/)
    assert.doesNotMatch(config, /non_idempotent/)
    assert.match(config, /X-Forwarded-For \$proxy_add_x_forwarded_for/)
    // Nothing outside its folder: a second cluster, or the system's nginx, is left alone.
    for (const [, used] of config.matchAll(/(?:pid|error_log|_temp_path) (\S+?)[;\s]/g)) assert.ok(used.startsWith(dir), used)
    // Started as root, nginx's workers run as nobody and buffer uploads there.
    assert.equal(statSync(path.join(dir, "tmp/body")).mode & 0o777, 0o777)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
