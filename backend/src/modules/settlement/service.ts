import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { SettlementLine } from "./models/settlement-line"
import { SettlementStatement } from "./models/settlement-statement"

import type { SettlementMethod } from "@ocop/contracts"

export type NewSettlementLine = {
  occurred_at: Date
  method: SettlementMethod
  reference: string
  source_id: string
  order_id: string | null
  amount: number
  commission: number
}

export type NewSettlementStatement = {
  producer_id: string
  period: string
  commission_bps: number
  collected_by_marketplace: number
  collected_by_producer: number
  commission: number
  balance: number
  lines: NewSettlementLine[]
}

class SettlementModuleService extends MedusaService({ SettlementStatement, SettlementLine }) {
  /**
   * Statements with their lines in one transaction: a statement is never found without its lines, so a
   * month closed again after a crash skips only producers whose statement is complete.
   */
  @InjectTransactionManager()
  async createStatementsWithLines(
    statements: NewSettlementStatement[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const ids: string[] = []
    for (const { lines, ...statement } of statements) {
      const created = await this.createSettlementStatements(statement, sharedContext)
      await this.createSettlementLines(
        lines.map((line) => ({ ...line, statement_id: created.id })),
        sharedContext
      )
      ids.push(created.id)
    }
    return ids
  }
}

export default SettlementModuleService
