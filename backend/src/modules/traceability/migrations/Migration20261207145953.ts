import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207145953 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_stamp_flag" drop constraint if exists "ocop_stamp_flag_stamp_id_reason_unique";`)
    this.addSql(`alter table if exists "ocop_stamp_scan" drop constraint if exists "ocop_stamp_scan_stamp_id_day_place_unique";`)
    this.addSql(
      `create table if not exists "ocop_stamp_scan" ("id" text not null, "day" text not null, "place" text not null, "count" integer not null default 0, "stamp_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_scan_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_scan_stamp_id" ON "ocop_stamp_scan" ("stamp_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_scan_deleted_at" ON "ocop_stamp_scan" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_stamp_scan_stamp_id_day_place_unique" ON "ocop_stamp_scan" ("stamp_id", "day", "place") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_stamp_flag" ("id" text not null, "reason" text check ("reason" in ('provinces', 'scans', 'voided')) not null, "notified_at" timestamptz null, "stamp_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_flag_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_flag_stamp_id" ON "ocop_stamp_flag" ("stamp_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_flag_deleted_at" ON "ocop_stamp_flag" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_stamp_flag_stamp_id_reason_unique" ON "ocop_stamp_flag" ("stamp_id", "reason") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_flag_created_at" ON "ocop_stamp_flag" ("created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_flag_notified_at" ON "ocop_stamp_flag" ("notified_at") WHERE notified_at IS NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_stamp_scan" add constraint "ocop_stamp_scan_stamp_id_foreign" foreign key ("stamp_id") references "ocop_stamp" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "ocop_stamp_flag" add constraint "ocop_stamp_flag_stamp_id_foreign" foreign key ("stamp_id") references "ocop_stamp" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_stamp_scan" cascade;`)

    this.addSql(`drop table if exists "ocop_stamp_flag" cascade;`)
  }
}
