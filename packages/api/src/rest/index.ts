export { restLogin, restLogout, restRefresh } from "./auth";
export { errorResponse, jsonResponse, toErrorResponse } from "./http";
export { openApiDocument } from "./openapi";
