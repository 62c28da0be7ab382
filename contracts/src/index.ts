export * from "./errors"
export * from "./phone"
export * from "./producer"
