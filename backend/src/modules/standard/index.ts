import { Module } from "@medusajs/framework/utils"
import StandardModuleService from "./service"

export const STANDARD_MODULE = "standard"

export default Module(STANDARD_MODULE, { service: StandardModuleService })
