/**
 * nginx in front of the cluster (`pnpm start:cluster`, issue 20): the load balancer on the usual ports,
 * spreading requests over the backend servers and the storefront instances.
 */
import { execFileSync } from "node:child_process"
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { UserFacingError } from "./errors.ts"

const NGINX = "/usr/sbin/nginx"

/** nginx's binary, installed from Debian's packages when missing (as root), or a message saying how. */
export function nginxBinary(): string {
  if (existsSync(NGINX)) return NGINX
  if (process.getuid?.() !== 0)
    throw new UserFacingError("nginx is needed for the cluster: install it with `sudo apt-get install -y nginx-core`.")
  console.log("• Installing nginx from Debian's packages (apt-get install nginx-core)…")
  try {
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "nginx-core"], {
      stdio: "ignore",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    })
  } catch {
    throw new UserFacingError("Installing nginx failed: run `apt-get update && apt-get install -y nginx-core`, then start again.")
  }
  return NGINX
}

export type Balanced = { name: string; listen: number; upstreams: number[] }

/**
 * Writes nginx.conf for the balanced services into `dir` and returns its path. A request goes to the
 * next instance only when the first could not be reached or timed out before answering anything, and
 * never for a POST (`non_idempotent` is left out): a checkout sent twice must not become two orders.
 */
export function writeNginxConfig(dir: string, services: Balanced[], logs: string): string {
  for (const sub of ["tmp/body", "tmp/proxy"]) {
    mkdirSync(path.join(dir, sub), { recursive: true })
    // Started as root, nginx's workers run as nobody: they buffer large uploads here.
    chmodSync(path.join(dir, sub), 0o777)
  }
  mkdirSync(logs, { recursive: true })
  const upstream = ({ name, upstreams }: Balanced) => `
  upstream ${name} {
${upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }`
  const server = ({ name, listen }: Balanced) => `
  server {
    listen ${listen};
    location / {
      proxy_pass http://${name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
      proxy_buffering off;
    }
  }`
  const config = `# Written by scripts/start.ts --cluster; rewritten at every start.
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(logs, "nginx-error.log")} warn;
events { worker_connections 2048; }
http {
  # Each process logs its own requests; a second log per request would cost the balancer's one core.
  access_log off;
  client_body_temp_path ${path.join(dir, "tmp/body")};
  proxy_temp_path ${path.join(dir, "tmp/proxy")};
  # Producers upload up to 8 pictures of 5 MB in one form.
  client_max_body_size 50m;
${services.map(upstream).join("\n")}
${services.map(server).join("\n")}
}
`
  const file = path.join(dir, "nginx.conf")
  writeFileSync(file, config)
  return file
}
