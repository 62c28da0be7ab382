import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207050522 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_fee" drop constraint if exists "delivery_fee_province_code_unique";`)
    this.addSql(
      `create table if not exists "delivery_fee" ("id" text not null, "province_code" text null, "amount" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_fee_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_fee_deleted_at" ON "delivery_fee" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_fee_province_code_unique" ON "delivery_fee" ("province_code") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_fee" cascade;`)
  }
}
