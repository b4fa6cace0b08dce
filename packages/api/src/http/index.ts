export { handleTrpcRequest, type TrpcHandlerOptions } from "./trpc-handler";
export { readBodyLimited, REST_MAX_BODY_BYTES, TRPC_MAX_BODY_BYTES } from "./body-limit";
export { isDatabaseUnavailable } from "./outage";
