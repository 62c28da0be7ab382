import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_card" add column if not exists "checked_at" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_card" drop column if exists "checked_at";`)
  }
}
