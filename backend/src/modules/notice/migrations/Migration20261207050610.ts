import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207050610 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notice" drop constraint if exists "notice_idempotency_key_unique";`)
    this.addSql(
      `create table if not exists "notice" ("id" text not null, "template" text not null, "to" text not null, "data" jsonb not null, "idempotency_key" text not null, "resource_type" text null, "resource_id" text null, "status" text check ("status" in ('queued', 'sent', 'failed')) not null default 'queued', "attempts" integer not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notice_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notice_idempotency_key_unique" ON "notice" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notice_deleted_at" ON "notice" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notice_status_next_attempt_at" ON "notice" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notice_resource_id" ON "notice" ("resource_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notice_template" ON "notice" ("template") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notice" cascade;`)
  }
}
