import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207163032 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "trace_packaging" ("variant_id" text not null, "product_id" text not null, "trace" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_packaging_pkey" primary key ("variant_id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_packaging_deleted_at" ON "trace_packaging" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_packaging_product_id" ON "trace_packaging" ("product_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trace_packaging" cascade;`)
  }
}
