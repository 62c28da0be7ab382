import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207012507 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "shopper_refund" ("id" text not null, "order_id" text not null, "producer_order_id" text not null, "producer_id" text not null, "payment_id" text not null, "amount" numeric not null, "method" text check ("method" in ('card', 'bank_transfer', 'cash')) not null, "status" text check ("status" in ('refunded', 'to_pay_out', 'paid_out')) not null, "reason" text not null, "created_by" text null, "payout_reference" text null, "paid_out_at" timestamptz null, "paid_out_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shopper_refund_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shopper_refund_deleted_at" ON "shopper_refund" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shopper_refund_producer_order_id" ON "shopper_refund" ("producer_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shopper_refund_order_id" ON "shopper_refund" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shopper_refund_status" ON "shopper_refund" ("status") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "shopper_refund" cascade;`)
  }
}
