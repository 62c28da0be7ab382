import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207012610 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "settlement_statement" drop constraint if exists "settlement_statement_producer_id_period_unique";`
    )
    this.addSql(
      `create table if not exists "settlement_statement" ("id" text not null, "producer_id" text not null, "period" text not null, "commission_bps" integer not null, "collected_by_marketplace" numeric not null, "collected_by_producer" numeric not null, "commission" numeric not null, "balance" numeric not null, "status" text check ("status" in ('open', 'paid')) not null default 'open', "payout_reference" text null, "paid_at" timestamptz null, "raw_collected_by_marketplace" jsonb not null, "raw_collected_by_producer" jsonb not null, "raw_commission" jsonb not null, "raw_balance" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_statement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_deleted_at" ON "settlement_statement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_statement_producer_id_period_unique" ON "settlement_statement" ("producer_id", "period") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_period_status" ON "settlement_statement" ("period", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "settlement_line" ("id" text not null, "occurred_at" timestamptz not null, "method" text check ("method" in ('transfer', 'card', 'cod', 'counter', 'refund')) not null, "reference" text not null, "source_id" text not null, "order_id" text null, "amount" numeric not null, "commission" numeric not null, "statement_id" text not null, "raw_amount" jsonb not null, "raw_commission" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_line_statement_id" ON "settlement_line" ("statement_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_line_deleted_at" ON "settlement_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_line_source_id" ON "settlement_line" ("source_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "settlement_line" add constraint "settlement_line_statement_id_foreign" foreign key ("statement_id") references "settlement_statement" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "settlement_line" drop constraint if exists "settlement_line_statement_id_foreign";`)

    this.addSql(`drop table if exists "settlement_statement" cascade;`)

    this.addSql(`drop table if exists "settlement_line" cascade;`)
  }
}
