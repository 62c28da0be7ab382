import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { RECOUNT_FACETS_SQL } from "../facet-counts"

export class Migration20261206091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalog_facet_count" ("id" text not null, "stars" integer not null, "product_set" integer not null, "province_code" integer null, "commune_code" integer null, "producer_code" integer null, "in_stock" boolean not null, "cards" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_facet_count_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalog_facet_count_deleted_at" ON "catalog_facet_count" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    // The counts of the cards already listed; the card writer keeps them from now on.
    this.addSql(`delete from "catalog_facet_count";`)
    this.addSql(RECOUNT_FACETS_SQL)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_facet_count" cascade;`)
  }
}
