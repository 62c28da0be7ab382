import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129071300 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "feed_image" drop constraint if exists "feed_image_url_unique";`);
    this.addSql(`create table if not exists "feed_image" ("id" text not null, "url" text not null, "width" integer not null, "height" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feed_image_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_feed_image_url_unique" ON "feed_image" ("url") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_image_deleted_at" ON "feed_image" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "feed_image" cascade;`);
  }

}
