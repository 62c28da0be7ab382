import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206063000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_card" add column if not exists "detail" jsonb null;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_card_handle_unique" ON "product_card" ("handle") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_product_card_handle_unique";`)
    this.addSql(`alter table if exists "product_card" drop column if exists "detail";`)
  }
}
