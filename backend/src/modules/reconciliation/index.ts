import { Module } from "@medusajs/framework/utils"
import ReconciliationModuleService from "./service"

/**
 * Transfers received, apart from the bank-transfer package: that one is a payment module provider
 * (`ModuleProvider`), loaded by the payment module with no models or migrations of its own.
 */
export const RECONCILIATION_MODULE = "reconciliation"

export default Module(RECONCILIATION_MODULE, { service: ReconciliationModuleService })
