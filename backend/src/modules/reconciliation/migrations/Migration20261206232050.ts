import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206232050 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "incoming_transfer" drop constraint if exists "incoming_transfer_source_external_id_unique";`
    )
    this.addSql(
      `create table if not exists "incoming_transfer" ("id" text not null, "source" text not null, "external_id" text not null, "amount" numeric not null, "memo" text not null, "received_at" timestamptz not null, "bank_reference" text null, "status" text check ("status" in ('matched', 'partial', 'unmatched', 'order_closed')) not null, "order_id" text null, "note" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "incoming_transfer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_incoming_transfer_deleted_at" ON "incoming_transfer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_incoming_transfer_source_external_id_unique" ON "incoming_transfer" ("source", "external_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_incoming_transfer_order_id" ON "incoming_transfer" ("order_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "incoming_transfer" cascade;`)
  }
}
