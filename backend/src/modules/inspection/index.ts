import { Module } from "@medusajs/framework/utils"
import InspectionModuleService from "./service"

export const INSPECTION_MODULE = "inspection"

export default Module(INSPECTION_MODULE, { service: InspectionModuleService })
