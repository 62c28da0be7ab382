import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129040320 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" add column if not exists "address_as_issued" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop column if exists "address_as_issued";`)
  }
}
