import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129091751 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_card" add column if not exists "packagings" jsonb not null default '[]';`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_card" drop column if exists "packagings";`)
  }
}
