import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129031138 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_order" drop constraint if exists "producer_order_order_id_producer_id_unique";`)
    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_email_unique";`)
    this.addSql(`alter table if exists "producer_invite" drop constraint if exists "producer_invite_token_hash_unique";`)
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_tax_code_unique";`)
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`)
    this.addSql(
      `create table if not exists "producer" ("id" text not null, "name" text not null, "handle" text not null, "owner_type" text check ("owner_type" in ('household', 'cooperative', 'cooperative_group', 'enterprise')) not null, "tax_code" text not null, "representative" text not null, "phone" text not null, "email" text not null, "commune" text null, "province" text not null, "district_as_issued" text null, "address" text null, "story" text null, "logo_url" text null, "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "suspension_reason" text null, "approved_at" timestamptz null, "suspended_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_tax_code_unique" ON "producer" ("tax_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_status" ON "producer" ("status") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_province_commune" ON "producer" ("province", "commune") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "producer_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_invite_producer_id" ON "producer_invite" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_invite_deleted_at" ON "producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_invite_token_hash_unique" ON "producer_invite" ("token_hash") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "producer_member" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_member_producer_id" ON "producer_member" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_member_deleted_at" ON "producer_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_member_email_unique" ON "producer_member" ("email") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "producer_order" ("id" text not null, "order_id" text not null, "line_item_ids" text[] not null, "shipping_method_ids" text[] not null, "status" text check ("status" in ('pending', 'confirmed', 'shipped', 'canceled')) not null default 'pending', "tracking_number" text null, "carrier" text null, "fulfillment_id" text null, "cancel_reason" text null, "confirmed_at" timestamptz null, "shipped_at" timestamptz null, "canceled_at" timestamptz null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_producer_id" ON "producer_order" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_deleted_at" ON "producer_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_order_order_id_producer_id_unique" ON "producer_order" ("order_id", "producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_producer_id_status" ON "producer_order" ("producer_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "producer_invite" add constraint "producer_invite_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "producer_member" add constraint "producer_member_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "producer_order" add constraint "producer_order_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer_invite" drop constraint if exists "producer_invite_producer_id_foreign";`)

    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_producer_id_foreign";`)

    this.addSql(`alter table if exists "producer_order" drop constraint if exists "producer_order_producer_id_foreign";`)

    this.addSql(`drop table if exists "producer" cascade;`)

    this.addSql(`drop table if exists "producer_invite" cascade;`)

    this.addSql(`drop table if exists "producer_member" cascade;`)

    this.addSql(`drop table if exists "producer_order" cascade;`)
  }
}
