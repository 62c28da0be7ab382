import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207125810 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "published_standard" ("id" text not null, "kind" text check ("kind" in ('tccs', 'process')) not null, "version" text not null, "effective_on" timestamptz not null, "file" text not null, "url" text not null, "published_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "published_standard_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_published_standard_deleted_at" ON "published_standard" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_published_standard_effective_on" ON "published_standard" ("effective_on") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "published_standard" cascade;`)
  }
}
