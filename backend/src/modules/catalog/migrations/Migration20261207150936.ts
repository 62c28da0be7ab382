import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207150936 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "search_pending" ("product_id" text not null, "queued_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_pending_pkey" primary key ("product_id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_pending_deleted_at" ON "search_pending" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "search_reindex" ("index_uid" text not null, "beat_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_reindex_pkey" primary key ("index_uid"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_reindex_deleted_at" ON "search_reindex" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_pending" cascade;`)

    this.addSql(`drop table if exists "search_reindex" cascade;`)
  }
}
