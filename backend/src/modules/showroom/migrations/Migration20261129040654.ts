import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129040654 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "showroom_staff" drop constraint if exists "showroom_staff_email_unique";`)
    this.addSql(`alter table if exists "showroom" drop constraint if exists "showroom_handle_unique";`)
    this.addSql(
      `create table if not exists "showroom" ("id" text not null, "name" text not null, "handle" text not null, "site_type" text check ("site_type" in ('station', 'highway_stop', 'market_mall', 'tourist_site', 'craft_village', 'post_office', 'other')) not null, "commune" text not null, "province" text not null, "address" text not null, "opening_hours" text not null, "operator" text not null, "phone" text null, "email" text null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "showroom_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_showroom_deleted_at" ON "showroom" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_showroom_handle_unique" ON "showroom" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_showroom_province_active" ON "showroom" ("province", "active") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "showroom_staff" ("id" text not null, "email" text not null, "name" text not null, "showroom_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "showroom_staff_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_showroom_staff_showroom_id" ON "showroom_staff" ("showroom_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_showroom_staff_deleted_at" ON "showroom_staff" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_showroom_staff_email_unique" ON "showroom_staff" ("email") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stock_movement" ("id" text not null, "kind" text check ("kind" in ('receipt', 'return_to_producer', 'adjustment', 'sale', 'customer_return')) not null, "quantity" integer not null, "reason" text check ("reason" in ('damaged', 'expired', 'lost', 'count_correction')) null, "note" text null, "variant_id" text not null, "inventory_item_id" text not null, "sku" text null, "product_id" text not null, "producer_id" text null, "batch_code" text null, "unit_price" integer null, "order_id" text null, "actor_type" text check ("actor_type" in ('showroom_staff', 'user')) not null, "actor_id" text not null, "showroom_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_showroom_id" ON "stock_movement" ("showroom_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_deleted_at" ON "stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_showroom_id_created_at" ON "stock_movement" ("showroom_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_showroom_id_kind_created_at" ON "stock_movement" ("showroom_id", "kind", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_producer_id_created_at" ON "stock_movement" ("producer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_order_id" ON "stock_movement" ("order_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "showroom_staff" add constraint "showroom_staff_showroom_id_foreign" foreign key ("showroom_id") references "showroom" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "stock_movement" add constraint "stock_movement_showroom_id_foreign" foreign key ("showroom_id") references "showroom" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "showroom_staff" drop constraint if exists "showroom_staff_showroom_id_foreign";`)

    this.addSql(`alter table if exists "stock_movement" drop constraint if exists "stock_movement_showroom_id_foreign";`)

    this.addSql(`drop table if exists "showroom" cascade;`)

    this.addSql(`drop table if exists "showroom_staff" cascade;`)

    this.addSql(`drop table if exists "stock_movement" cascade;`)
  }
}
