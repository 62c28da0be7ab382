import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207145728 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "violation_answer" ("id" text not null, "text" text not null, "evidence" text[] not null, "answered_by" text not null, "violation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "violation_answer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_violation_answer_violation_id" ON "violation_answer" ("violation_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_violation_answer_deleted_at" ON "violation_answer" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "violation_answer" add constraint "violation_answer_violation_id_foreign" foreign key ("violation_id") references "violation" ("id") on update cascade on delete cascade;`
    )

    this.addSql(`alter table if exists "violation" add column if not exists "resolution_note" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "violation_answer" cascade;`)

    this.addSql(`alter table if exists "violation" drop column if exists "resolution_note";`)
  }
}
