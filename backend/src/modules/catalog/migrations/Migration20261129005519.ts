import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129005519 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "product_card" ("id" text not null, "title" text not null, "handle" text not null, "thumbnail" text null, "price_min" integer null, "stars" integer not null, "product_set" integer not null, "province" text null, "commune" text null, "district" text null, "producer_handle" text null, "producer_name" text null, "in_stock" boolean not null, "listed_at" timestamptz not null, "valid_until" timestamptz not null, "search_text" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_card_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_deleted_at" ON "product_card" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_price_min" ON "product_card" ("price_min") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_listed_at" ON "product_card" ("listed_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_card_stars" ON "product_card" ("stars") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_province_commune" ON "product_card" ("province", "commune") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_producer_handle" ON "product_card" ("producer_handle") WHERE deleted_at IS NULL;`
    )
    // Catalog search is LIKE '%word%' on folded text: trigrams make that an index lookup.
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_search_text" ON "product_card" USING gin ("search_text" gin_trgm_ops);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_card" cascade;`)
  }
}
