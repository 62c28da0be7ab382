import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207085210 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "shipped_batch" drop constraint if exists "shipped_batch_line_item_id_unique";`)
    this.addSql(
      `create table if not exists "shipped_batch" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "producer_order_id" text not null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipped_batch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipped_batch_batch_id" ON "shipped_batch" ("batch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipped_batch_deleted_at" ON "shipped_batch" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipped_batch_order_id" ON "shipped_batch" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipped_batch_line_item_id_unique" ON "shipped_batch" ("line_item_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "shipped_batch" add constraint "shipped_batch_batch_id_foreign" foreign key ("batch_id") references "production_batch" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "shipped_batch" cascade;`)
  }
}
