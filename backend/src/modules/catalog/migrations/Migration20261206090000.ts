import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalog_facet_value" ("id" text not null, "code" serial, "facet" text check ("facet" in ('province', 'commune', 'producer')) not null, "value" text not null, "label" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_facet_value_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalog_facet_value_deleted_at" ON "catalog_facet_value" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_facet_value_facet_value_unique" ON "catalog_facet_value" ("facet", "value") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_facet_value_code_unique" ON "catalog_facet_value" ("code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "product_card" add column if not exists "province_code" integer null, add column if not exists "commune_code" integer null, add column if not exists "producer_code" integer null;`
    )

    // The codes of the cards already listed (the card writer codes every card it writes from now on).
    this.addSql(`insert into "catalog_facet_value" ("id", "facet", "value", "label")
      select 'cfv_' || replace(gen_random_uuid()::text, '-', ''), facet, value, label from (
        select 'province' as facet, province as value, null as label from "product_card" where province is not null group by province
        union all select 'commune', commune, max(province) from "product_card" where commune is not null group by commune
        union all select 'producer', producer_handle, max(producer_name) from "product_card" where producer_handle is not null group by producer_handle
      ) as seen
      on conflict ("facet", "value") where deleted_at is null do nothing;`)
    this.addSql(`update "product_card" as card set
      province_code = (select code from "catalog_facet_value" where facet = 'province' and value = card.province and deleted_at is null),
      commune_code = (select code from "catalog_facet_value" where facet = 'commune' and value = card.commune and deleted_at is null),
      producer_code = (select code from "catalog_facet_value" where facet = 'producer' and value = card.producer_handle and deleted_at is null);`)

    // One index per catalog sort, in its exact order with the id tie-break: a page of 20 reads 20 rows
    // along it instead of sorting every matching card (all cards listed by one sync share listed_at).
    this.addSql(`drop index if exists "IDX_product_card_price_min";`)
    this.addSql(`drop index if exists "IDX_product_card_listed_at";`)
    this.addSql(`drop index if exists "IDX_product_card_stars";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_sort_newest" ON "product_card" ("listed_at" DESC, "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_sort_price_asc" ON "product_card" ("price_min" ASC NULLS LAST, "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_sort_price_desc" ON "product_card" ("price_min" DESC NULLS LAST, "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_sort_stars" ON "product_card" ("stars" DESC, "listed_at" DESC, "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_sort_title" ON "product_card" ("title", "id") WHERE deleted_at IS NULL;`
    )

    // Every facet column, so facet counts read this index alone (an index-only scan); autovacuum runs
    // sooner than by default so that stock updates keep the pages all-visible it relies on.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_facets" ON "product_card" ("stars", "product_set", "province_code", "commune_code", "producer_code", "in_stock", "price_min") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table "product_card" set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "product_card" reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor, autovacuum_analyze_scale_factor);`
    )
    this.addSql(`drop index if exists "IDX_product_card_facets";`)
    for (const sort of ["newest", "price_asc", "price_desc", "stars", "title"]) {
      this.addSql(`drop index if exists "IDX_product_card_sort_${sort}";`)
    }
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_price_min" ON "product_card" ("price_min") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_card_listed_at" ON "product_card" ("listed_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_card_stars" ON "product_card" ("stars") WHERE deleted_at IS NULL;`)
    this.addSql(
      `alter table if exists "product_card" drop column if exists "province_code", drop column if exists "commune_code", drop column if exists "producer_code";`
    )
    this.addSql(`drop table if exists "catalog_facet_value" cascade;`)
  }
}
