import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207012618 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" add column if not exists "commission_bps" integer not null default 0;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop column if exists "commission_bps";`)
  }
}
