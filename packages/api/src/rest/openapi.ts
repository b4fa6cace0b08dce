/**
 * The OpenAPI 3 description served at GET /api/openapi.json: the REST contract of design.md for
 * clients other than the web app. Each area adds its paths here as its endpoints land.
 */
const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", example: "INVALID_CREDENTIALS" },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "string" } },
      },
    },
  },
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const tokenPair = {
  type: "object",
  required: ["accessToken", "refreshToken", "tokenType", "expiresIn"],
  properties: {
    accessToken: { type: "string", description: "JWT (HS256), valid 15 minutes" },
    refreshToken: { type: "string", description: "Opaque, single use, valid 30 days" },
    tokenType: { type: "string", enum: ["Bearer"] },
    expiresIn: { type: "integer", example: 900 },
  },
} as const;

const refreshBody = {
  required: true,
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["refreshToken"],
        properties: { refreshToken: { type: "string" } },
      },
    },
  },
};

export const openApiDocument = {
  openapi: "3.0.3",
  info: {
    title: "RESQ REST API",
    version: "1.0.0",
    description:
      "JSON, camelCase, times in ISO 8601 UTC. Authenticate with `Authorization: Bearer <accessToken>` from /api/auth/login/. " +
      "Errors: {error:{code,message,fields}} with 400 validation, 401 unauthenticated, 403 wrong role, 404 not found or not yours, 409 conflict, 429 throttled (with Retry-After).",
  },
  servers: [{ url: "/" }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    schemas: { Error: errorSchema, TokenPair: tokenPair },
  },
  paths: {
    "/api/health": {
      get: {
        summary: "Liveness with a database round trip",
        responses: {
          "200": {
            description: "Up",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { status: { type: "string", enum: ["ok"] } },
                },
              },
            },
          },
          "503": { description: "The database does not answer" },
        },
      },
    },
    "/api/auth/login/": {
      post: {
        summary: "Sign in and receive an access and a refresh token",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["email", "password"],
                properties: {
                  email: { type: "string", format: "email" },
                  password: { type: "string" },
                  totpCode: {
                    type: "string",
                    description: "Authenticator or recovery code, when the account uses MFA",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "Signed in",
            content: {
              "application/json": {
                schema: {
                  allOf: [
                    { $ref: "#/components/schemas/TokenPair" },
                    {
                      type: "object",
                      required: ["user"],
                      properties: {
                        user: {
                          type: "object",
                          required: ["id", "email", "role", "name"],
                          properties: {
                            id: { type: "string", format: "uuid" },
                            email: { type: "string" },
                            role: { type: "string", enum: ["patient", "doctor", "admin"] },
                            name: { type: "string" },
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          "400": errorResponse("Invalid body (VALIDATION_FAILED)"),
          "401": errorResponse(
            "INVALID_CREDENTIALS, or MFA_REQUIRED when the account uses MFA and no totpCode was sent",
          ),
          "403": errorResponse("EMAIL_NOT_VERIFIED, MFA_ENROLMENT_REQUIRED or ACCOUNT_SUSPENDED"),
          "429": errorResponse("Too many attempts (RATE_LIMITED); see Retry-After"),
        },
      },
    },
    "/api/auth/refresh/": {
      post: {
        summary:
          "Exchange a refresh token for a new pair (the old one stops working; reuse revokes the family)",
        requestBody: refreshBody,
        responses: {
          "200": {
            description: "New pair",
            content: { "application/json": { schema: { $ref: "#/components/schemas/TokenPair" } } },
          },
          "401": errorResponse("INVALID_REFRESH_TOKEN (unknown, expired, revoked or reused)"),
          "429": errorResponse("RATE_LIMITED"),
        },
      },
    },
    "/api/auth/logout/": {
      post: {
        summary: "End the sign-in the refresh token belongs to",
        requestBody: refreshBody,
        responses: {
          "204": { description: "Signed out (also for an unknown token)" },
          "400": errorResponse("Invalid body"),
        },
      },
    },
  },
} as const;
