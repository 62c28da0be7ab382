import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128212213 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_issuer_decision_number_unique";`)
    this.addSql(
      `alter table if exists "ocop_certified_sku" drop constraint if exists "ocop_certified_sku_certificate_id_foreign";`
    )

    this.addSql(
      `create table if not exists "certificate" ("id" text not null, "decision_number" text not null, "decision_date" timestamptz not null, "issuer" text not null, "product_name" text not null, "owner_name" text not null, "owner_address" text null, "stars" integer not null, "product_set" integer not null, "program_year" integer not null, "legal_basis" text not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "renewal_filed_at" timestamptz null, "status" text check ("status" in ('valid', 'expired', 'revoked', 'suspended')) not null default 'valid', "revocation_reason" text null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_issuer_decision_number_unique" ON "certificate" ("issuer", "decision_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certificate_status_expires_at" ON "certificate" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "certified_sku" ("id" text not null, "packaging" text not null, "label_image_url" text null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certified_sku_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certified_sku_certificate_id" ON "certified_sku" ("certificate_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certified_sku_deleted_at" ON "certified_sku" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    // Defence in depth behind the workflow's validation: only 3–5 stars are recognised, 26 product sets exist.
    this.addSql(`alter table "certificate" add constraint "certificate_stars_check" check ("stars" between 3 and 5);`)
    this.addSql(
      `alter table "certificate" add constraint "certificate_product_set_check" check ("product_set" between 1 and 26);`
    )
    this.addSql(`alter table "certificate" add constraint "certificate_expiry_check" check ("expires_at" > "issued_at");`)

    this.addSql(
      `alter table if exists "certified_sku" add constraint "certified_sku_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`
    )

    this.addSql(`drop table if exists "ocop_certificate" cascade;`)

    this.addSql(`drop table if exists "ocop_certified_sku" cascade;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certified_sku" drop constraint if exists "certified_sku_certificate_id_foreign";`)

    this.addSql(
      `create table if not exists "ocop_certificate" ("id" text not null, "decision_number" text not null, "decision_date" timestamptz not null, "issuer" text not null, "product_name" text not null, "owner_name" text not null, "owner_address" text null, "stars" integer not null, "product_set" integer not null, "program_year" integer not null, "legal_basis" text not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "renewal_filed_at" timestamptz null, "status" text check ("status" in ('valid', 'expired', 'revoked', 'suspended')) not null default 'valid', "revocation_reason" text null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_issuer_decision_number_unique" ON "ocop_certificate" ("issuer", "decision_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_expires_at" ON "ocop_certificate" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_certified_sku" ("id" text not null, "packaging" text not null, "label_image_url" text null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certified_sku_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certified_sku_certificate_id" ON "ocop_certified_sku" ("certificate_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certified_sku_deleted_at" ON "ocop_certified_sku" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_certified_sku" add constraint "ocop_certified_sku_certificate_id_foreign" foreign key ("certificate_id") references "ocop_certificate" ("id") on update cascade;`
    )

    this.addSql(`drop table if exists "certificate" cascade;`)

    this.addSql(`drop table if exists "certified_sku" cascade;`)
  }
}
