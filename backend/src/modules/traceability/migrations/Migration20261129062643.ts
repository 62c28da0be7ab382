import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129062643 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_stamp" drop constraint if exists "ocop_stamp_code_unique";`)
    this.addSql(
      `alter table if exists "production_batch" drop constraint if exists "production_batch_producer_id_variant_id_lot_number_unique";`
    )
    this.addSql(
      `create table if not exists "production_batch" ("id" text not null, "producer_id" text not null, "variant_id" text not null, "lot_number" text not null, "produced_on" timestamptz not null, "expires_on" timestamptz null, "quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_batch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_production_batch_deleted_at" ON "production_batch" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_production_batch_producer_id_created_at" ON "production_batch" ("producer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_batch_producer_id_variant_id_lot_number_unique" ON "production_batch" ("producer_id", "variant_id", "lot_number") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_stamp" ("id" text not null, "code" text not null, "status" text check ("status" in ('printed', 'activated', 'voided')) not null default 'printed', "activated_at" timestamptz null, "voided_at" timestamptz null, "void_reason" text null, "scan_count" integer not null default 0, "last_scanned_at" timestamptz null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_id" ON "ocop_stamp" ("batch_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_deleted_at" ON "ocop_stamp" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_stamp_code_unique" ON "ocop_stamp" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_id_status" ON "ocop_stamp" ("batch_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_stamp" add constraint "ocop_stamp_batch_id_foreign" foreign key ("batch_id") references "production_batch" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_stamp" drop constraint if exists "ocop_stamp_batch_id_foreign";`)

    this.addSql(`drop table if exists "production_batch" cascade;`)

    this.addSql(`drop table if exists "ocop_stamp" cascade;`)
  }
}
