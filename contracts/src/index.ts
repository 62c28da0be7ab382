export * from "./errors"
export * from "./phone"
export * from "./producer"
export * from "./dates"
