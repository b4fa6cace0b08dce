export * from "./users";
export * from "./profiles";
export * from "./settings";
export * from "./auth";
export * from "./audit";
export * from "./email";
export * from "./practice";
export * from "./records";
