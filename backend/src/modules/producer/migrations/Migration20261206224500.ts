import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Cash on delivery (issue 16): a shipped part is delivered (cash collected) or refused at the door. */
export class Migration20261206224500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_order" drop constraint if exists "producer_order_status_check";`)
    this.addSql(
      `alter table if exists "producer_order" add constraint "producer_order_status_check" check("status" in ('pending', 'confirmed', 'shipped', 'delivered', 'refused', 'canceled'));`
    )
    this.addSql(`alter table if exists "producer_order" add column if not exists "delivered_at" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer_order" drop constraint if exists "producer_order_status_check";`)
    this.addSql(`update "producer_order" set "status" = 'shipped' where "status" = 'delivered';`)
    this.addSql(`update "producer_order" set "status" = 'canceled' where "status" = 'refused';`)
    this.addSql(
      `alter table if exists "producer_order" add constraint "producer_order_status_check" check("status" in ('pending', 'confirmed', 'shipped', 'canceled'));`
    )
    this.addSql(`alter table if exists "producer_order" drop column if exists "delivered_at";`)
  }
}
