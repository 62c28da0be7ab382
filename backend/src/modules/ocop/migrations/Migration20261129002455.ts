import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129002455 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "certificate" add column if not exists "owner_commune" text null, add column if not exists "owner_district_as_issued" text null, add column if not exists "owner_province" text null, add column if not exists "suspension_reason" text null, add column if not exists "suspended_at" timestamptz null, add column if not exists "renews_id" text null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certificate_owner_province_owner_commune" ON "certificate" ("owner_province", "owner_commune") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_certificate_owner_province_owner_commune";`)
    this.addSql(
      `alter table if exists "certificate" drop column if exists "owner_commune", drop column if exists "owner_district_as_issued", drop column if exists "owner_province", drop column if exists "suspension_reason", drop column if exists "suspended_at", drop column if exists "renews_id";`
    )
  }
}
