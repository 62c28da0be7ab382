import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207125835 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "inspection" ("id" text not null, "producer_id" text not null, "inspected_on" timestamptz not null, "kind" text check ("kind" in ('periodic', 'unannounced')) not null, "team" text not null, "product_ids" text[] not null, "batch_ids" text[] not null, "notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inspection_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inspection_deleted_at" ON "inspection" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_producer_id_inspected_on" ON "inspection" ("producer_id", "inspected_on") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "inspection_item" ("id" text not null, "check" text check ("check" in ('stamp_on_every_unit', 'batch_dates_activated', 'packaging_matches_design', 'tccs_followed', 'process_posted', 'food_safety_records', 'ocop_mark_use')) not null, "result" text check ("result" in ('passed', 'failed')) not null, "note" text null, "evidence" text[] not null, "inspection_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inspection_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_item_inspection_id" ON "inspection_item" ("inspection_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_item_deleted_at" ON "inspection_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "inspection_proposal" ("id" text not null, "certificate_id" text not null, "producer_id" text not null, "inspection_id" text not null, "action" text check ("action" in ('warning', 'suspension', 'revocation', 'reinstatement')) not null, "grounds" text[] not null, "why" text not null, "status" text check ("status" in ('proposed', 'confirmed', 'dismissed')) not null default 'proposed', "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inspection_proposal_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_proposal_deleted_at" ON "inspection_proposal" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_proposal_status" ON "inspection_proposal" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_proposal_producer_id" ON "inspection_proposal" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_proposal_certificate_id" ON "inspection_proposal" ("certificate_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "violation" ("id" text not null, "producer_id" text not null, "certificate_id" text null, "inspection_id" text not null, "inspection_item_id" text not null, "ground" text check ("ground" in ('traceability_missing', 'product_differs', 'standard_not_followed', 'process_not_followed', 'food_safety', 'mark_misuse', 'false_dossier')) not null, "found_on" timestamptz not null, "correct_by" timestamptz not null, "status" text check ("status" in ('open', 'resolved')) not null default 'open', "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "violation_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_violation_deleted_at" ON "violation" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_violation_producer_id_found_on" ON "violation" ("producer_id", "found_on") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_violation_status" ON "violation" ("status") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_violation_certificate_id" ON "violation" ("certificate_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "inspection_item" add constraint "inspection_item_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "inspection_item" drop constraint if exists "inspection_item_inspection_id_foreign";`)

    this.addSql(`drop table if exists "inspection" cascade;`)

    this.addSql(`drop table if exists "inspection_item" cascade;`)

    this.addSql(`drop table if exists "inspection_proposal" cascade;`)

    this.addSql(`drop table if exists "violation" cascade;`)
  }
}
