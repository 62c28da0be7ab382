import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207093931 extends Migration {
  override async up(): Promise<void> {
    // Filled for the cards already listed by the migration script backfill-card-search-keys.
    this.addSql(`alter table if exists "product_card" add column if not exists "search_key" text not null default '';`)
    // A query whose words are not all found is likened to every card's key (word_similarity, `<%`).
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_search_key" ON "product_card" USING gin ("search_key" gin_trgm_ops);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_product_card_search_key";`)
    this.addSql(`alter table if exists "product_card" drop column if exists "search_key";`)
  }
}
