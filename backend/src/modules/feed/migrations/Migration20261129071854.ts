import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129071854 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "feed_image" drop constraint if exists "feed_image_url_unique";`)
    this.addSql(`alter table if exists "feed" drop constraint if exists "feed_token_unique";`)
    this.addSql(
      `create table if not exists "feed" ("id" text not null, "name" text not null, "channel" text check ("channel" in ('meta', 'tiktok', 'google')) not null, "format" text check ("format" in ('csv', 'tsv', 'xml')) not null, "filters" jsonb not null, "utm_source" text null, "utm_medium" text null, "utm_campaign" text null, "token" text not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feed_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_deleted_at" ON "feed" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_feed_token_unique" ON "feed" ("token") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "feed_image" ("id" text not null, "url" text not null, "width" integer not null, "height" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feed_image_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_feed_image_url_unique" ON "feed_image" ("url") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_image_deleted_at" ON "feed_image" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "feed_run" ("id" text not null, "trigger" text check ("trigger" in ('schedule', 'manual')) not null, "channel" text check ("channel" in ('meta', 'tiktok', 'google')) not null, "format" text check ("format" in ('csv', 'tsv', 'xml')) not null, "status" text check ("status" in ('running', 'succeeded', 'failed')) not null default 'running', "started_at" timestamptz not null, "finished_at" timestamptz null, "items" integer not null default 0, "warning_count" integer not null default 0, "warnings" jsonb null, "file" text null, "bytes" integer null, "etag" text null, "error" text null, "feed_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feed_run_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_run_feed_id" ON "feed_run" ("feed_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_run_deleted_at" ON "feed_run" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_feed_run_feed_id_started_at" ON "feed_run" ("feed_id", "started_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "feed_run" add constraint "feed_run_feed_id_foreign" foreign key ("feed_id") references "feed" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "feed_run" drop constraint if exists "feed_run_feed_id_foreign";`)

    this.addSql(`drop table if exists "feed" cascade;`)

    this.addSql(`drop table if exists "feed_image" cascade;`)

    this.addSql(`drop table if exists "feed_run" cascade;`)
  }
}
