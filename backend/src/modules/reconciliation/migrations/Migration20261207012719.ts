import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207012719 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "incoming_transfer" drop constraint if exists "incoming_transfer_status_check";`)

    this.addSql(
      `alter table if exists "incoming_transfer" add column if not exists "owed_back" numeric null, add column if not exists "decided_by" text null, add column if not exists "decided_at" timestamptz null, add column if not exists "raw_owed_back" jsonb null;`
    )
    this.addSql(
      `alter table if exists "incoming_transfer" add constraint "incoming_transfer_status_check" check("status" in ('matched', 'partial', 'unmatched', 'order_closed', 'attached', 'overpaid', 'returned', 'ignored'));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_incoming_transfer_status" ON "incoming_transfer" ("status") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "incoming_transfer" drop constraint if exists "incoming_transfer_status_check";`)

    this.addSql(`drop index if exists "IDX_incoming_transfer_status";`)
    this.addSql(
      `alter table if exists "incoming_transfer" drop column if exists "owed_back", drop column if exists "decided_by", drop column if exists "decided_at", drop column if exists "raw_owed_back";`
    )

    this.addSql(
      `alter table if exists "incoming_transfer" add constraint "incoming_transfer_status_check" check("status" in ('matched', 'partial', 'unmatched', 'order_closed'));`
    )
  }
}
