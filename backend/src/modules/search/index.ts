import { Module } from "@medusajs/framework/utils"
import SearchModuleService from "./service"

// Not "search": that is the key of Medusa's own Search Module, which `medusa db:migrate` looks for.
export const SEARCH_MODULE = "catalog_search"

export default Module(SEARCH_MODULE, { service: SearchModuleService })
