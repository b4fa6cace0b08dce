export { appRouter, createCaller, type AppRouter } from "./root";
export { createContext, type Caller, type Context, type RequestMeta } from "./context";
export { AppError, type Access, type AppErrorData, type Meta } from "./trpc";
export { checkHealth, type HealthReport } from "./health";
export { describeErrorForLog } from "./log";
