import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "search_pending" ("product_id" text not null, "queued_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_pending_pkey" primary key ("product_id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_pending_deleted_at" ON "search_pending" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_pending" cascade;`)
  }
}
