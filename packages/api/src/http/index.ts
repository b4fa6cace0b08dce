export { handleTrpcRequest, type TrpcHandlerOptions } from "./trpc-handler";
export { readBodyLimited, REST_MAX_BODY_BYTES, TRPC_MAX_BODY_BYTES } from "./body-limit";
export { isDatabaseUnavailable } from "./outage";
export { createApiHandler, type ApiHandlerOptions } from "./api-handler";
export { serveFetch, type FetchHandler, type FetchServer } from "./node-server";
