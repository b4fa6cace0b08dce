/**
 * The OpenAPI 3 description served at GET /api/openapi.json: the REST contract of design.md for
 * clients other than the web app. Each area adds its paths here as its endpoints land.
 */
import { billingPaths, billingSchemas } from "./openapi-billing";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", example: "INVALID_CREDENTIALS" },
        message: {
          type: "string",
          description:
            "For people, in the caller's language (their saved one, else Accept-Language: en or es); act on `code`.",
        },
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
      "Errors: {error:{code,message,fields}} with 400 validation, 401 unauthenticated, 403 wrong role, 404 not found or not yours, 409 conflict, 429 throttled (with Retry-After). " +
      "Messages are in English or Spanish: the signed-in user's saved language, else `Accept-Language`.",
  },
  servers: [{ url: "/" }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    schemas: {
      Error: errorSchema,
      ...billingSchemas,
      TokenPair: tokenPair,
      Appointment: {
        type: "object",
        required: ["id", "doctorId", "patientId", "startsAt", "endsAt", "status"],
        properties: {
          id: { type: "string", format: "uuid" },
          doctorId: { type: "string", format: "uuid" },
          patientId: { type: "string", format: "uuid" },
          serviceId: { type: "string", format: "uuid", nullable: true },
          startsAt: { type: "string", format: "date-time" },
          endsAt: { type: "string", format: "date-time" },
          status: { type: "string", enum: ["booked", "completed", "cancelled", "no_show", "held"] },
          reason: { type: "string", nullable: true },
        },
      },
    },
  },
  paths: {
    ...billingPaths,
    "/api/appointments/doctors/": {
      get: {
        summary: "Search the directory of verified, bookable doctors (no authentication needed)",
        parameters: [
          {
            name: "q",
            in: "query",
            schema: { type: "string" },
            description: "Name, specialty or condition; typos are tolerated",
          },
          {
            name: "specialty",
            in: "query",
            schema: { type: "string" },
            description: "Specialty slug, e.g. cardiology",
          },
          {
            name: "language",
            in: "query",
            schema: { type: "string" },
            description: "ISO 639-1 code, e.g. es",
          },
          { name: "city", in: "query", schema: { type: "string" } },
          {
            name: "availableWithinDays",
            in: "query",
            schema: { type: "integer", minimum: 1, maximum: 60 },
          },
          { name: "acceptingNewPatients", in: "query", schema: { type: "boolean" } },
          {
            name: "sort",
            in: "query",
            schema: { type: "string", enum: ["relevance", "soonest", "name"] },
          },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          {
            name: "pageSize",
            in: "query",
            schema: { type: "integer", minimum: 1, maximum: 50, default: 20 },
          },
        ],
        responses: {
          "200": {
            description: "A page of doctors",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items", "page", "pageSize", "total"],
                  properties: {
                    items: {
                      type: "array",
                      items: {
                        type: "object",
                        required: [
                          "id",
                          "name",
                          "specialty",
                          "languages",
                          "city",
                          "nextAvailableAt",
                        ],
                        properties: {
                          id: { type: "string", format: "uuid" },
                          name: { type: "string" },
                          specialty: { type: "string" },
                          specialtyLabel: { type: "string" },
                          languages: { type: "array", items: { type: "string" } },
                          city: { type: "string" },
                          practiceName: { type: "string" },
                          yearsOfPractice: { type: "integer", nullable: true },
                          acceptingNewPatients: { type: "boolean" },
                          nextAvailableAt: { type: "string", format: "date-time", nullable: true },
                        },
                      },
                    },
                    page: { type: "integer" },
                    pageSize: { type: "integer" },
                    total: { type: "integer" },
                  },
                },
              },
            },
          },
          "400": errorResponse("Invalid query (VALIDATION_FAILED)"),
        },
      },
    },
    "/api/appointments/doctors/{id}/slots/": {
      get: {
        summary: "Free times of a doctor between two dates of the practice's calendar",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          { name: "from", in: "query", required: true, schema: { type: "string", format: "date" } },
          {
            name: "to",
            in: "query",
            required: true,
            schema: { type: "string", format: "date" },
            description: "Inclusive; at most 62 days after from",
          },
          {
            name: "serviceId",
            in: "query",
            schema: { type: "string", format: "uuid" },
            description: "Default: the doctor's shortest service",
          },
        ],
        responses: {
          "200": {
            description: "Free slots, in UTC, with the practice's time zone",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["timeZone", "slots"],
                  properties: {
                    timeZone: { type: "string", example: "America/New_York" },
                    serviceId: { type: "string", format: "uuid", nullable: true },
                    durationMinutes: { type: "integer", nullable: true },
                    slots: {
                      type: "array",
                      items: {
                        type: "object",
                        required: ["startsAt", "endsAt"],
                        properties: {
                          startsAt: { type: "string", format: "date-time" },
                          endsAt: { type: "string", format: "date-time" },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          "400": errorResponse("Invalid dates (VALIDATION_FAILED)"),
          "404": errorResponse("No such listed doctor, or not a service of theirs"),
        },
      },
    },
    "/api/appointments/appointments/": {
      get: {
        summary: "The caller's own appointments (as patient or doctor)",
        security: [{ bearer: [] }],
        parameters: [
          {
            name: "scope",
            in: "query",
            schema: { type: "string", enum: ["upcoming", "past", "all"], default: "all" },
          },
        ],
        responses: {
          "200": {
            description: "Appointments",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items"],
                  properties: {
                    items: { type: "array", items: { $ref: "#/components/schemas/Appointment" } },
                  },
                },
              },
            },
          },
          "401": errorResponse("No or invalid bearer token"),
          "403": errorResponse("Admins have no appointments of their own"),
        },
      },
      post: {
        summary: "Book a free time (patients). Send Idempotency-Key to make retries safe.",
        security: [{ bearer: [] }],
        parameters: [
          {
            name: "Idempotency-Key",
            in: "header",
            schema: { type: "string", maxLength: 90 },
            description: "A retry with the same key books once (200 with the first booking)",
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["doctorId", "startsAt"],
                properties: {
                  doctorId: { type: "string", format: "uuid" },
                  startsAt: {
                    type: "string",
                    format: "date-time",
                    description: "One of the slots from /api/appointments/doctors/{id}/slots/",
                  },
                  serviceId: {
                    type: "string",
                    format: "uuid",
                    description: "Default: the doctor's shortest service",
                  },
                  reason: { type: "string", maxLength: 1000 },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Booked",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/Appointment" } },
            },
          },
          "200": {
            description:
              "Replayed: the booking made by an earlier request with the same Idempotency-Key",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/Appointment" } },
            },
          },
          "400": errorResponse("Invalid body (VALIDATION_FAILED)"),
          "401": errorResponse("No or invalid bearer token"),
          "403": errorResponse("Not a patient"),
          "404": errorResponse("No such bookable doctor or service"),
          "409": errorResponse(
            "SLOT_UNAVAILABLE; `error.alternatives` lists the nearest free times",
          ),
        },
      },
    },
    "/api/appointments/appointments/{id}/cancel/": {
      post: {
        summary:
          "Cancel an upcoming appointment of the caller's (patients: late inside the doctor's window, with the fee; doctors: reason required)",
        security: [{ bearer: [] }],
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
        ],
        requestBody: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { reason: { type: "string", maxLength: 500 } },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "Cancelled",
            content: {
              "application/json": {
                schema: {
                  allOf: [
                    { $ref: "#/components/schemas/Appointment" },
                    {
                      type: "object",
                      properties: {
                        lateCancellation: { type: "boolean" },
                        feeMinor: { type: "integer", nullable: true },
                      },
                    },
                  ],
                },
              },
            },
          },
          "400": errorResponse("REASON_REQUIRED (doctors)"),
          "401": errorResponse("No or invalid bearer token"),
          "404": errorResponse("Not found or not yours"),
          "409": errorResponse("NOT_CANCELLABLE (already started, cancelled or completed)"),
        },
      },
    },
    "/api/medical-records/records/": {
      get: {
        summary:
          "Entries of a medical record, newest first: the caller's own (patients) or a patient in the doctor's care (?patientId=)",
        security: [{ bearer: [] }],
        parameters: [
          {
            name: "patientId",
            in: "query",
            schema: { type: "string", format: "uuid" },
            description:
              "Doctors: the patient (requires a care relationship or an active break-glass grant)",
          },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
        ],
        responses: {
          "200": {
            description: "Entries (Cache-Control: no-store)",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items"],
                  properties: {
                    items: {
                      type: "array",
                      items: {
                        type: "object",
                        required: ["id", "type", "title", "recordedAt"],
                        properties: {
                          id: { type: "string", format: "uuid" },
                          type: {
                            type: "string",
                            enum: [
                              "encounter",
                              "note",
                              "problem",
                              "prescription",
                              "lab",
                              "allergy",
                              "immunization",
                            ],
                          },
                          title: { type: "string" },
                          recordedAt: { type: "string", format: "date-time" },
                          detail: { type: "string", nullable: true },
                        },
                      },
                    },
                    page: { type: "integer" },
                    pageSize: { type: "integer" },
                    total: { type: "integer" },
                  },
                },
              },
            },
          },
          "401": errorResponse("No or invalid bearer token"),
          "404": errorResponse("No such patient in the caller's reach"),
        },
      },
    },
    "/api/medical-records/records/{id}/": {
      get: {
        summary:
          "One record entry (notes come with their text); every access is audited and shown to the patient",
        security: [{ bearer: [] }],
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
        ],
        responses: {
          "200": {
            description: "The record (Cache-Control: no-store)",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["id", "type"],
                  properties: { id: { type: "string" }, type: { type: "string" } },
                  additionalProperties: true,
                },
              },
            },
          },
          "401": errorResponse("No or invalid bearer token"),
          "404": errorResponse("Not found, or not the caller's to see"),
        },
      },
    },
    "/api/admin/audit/export": {
      get: {
        summary:
          "Admins: the audit events matching the filters as CSV (streamed, newest first; formula cells defused); the export is audited",
        security: [{ bearer: [] }],
        parameters: ["actor", "patient", "action", "from", "to"].map((name) => ({
          name,
          in: "query",
          required: false,
          schema: { type: "string" },
        })),
        responses: {
          "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } },
          "400": errorResponse("A filter is not valid (fields name it)"),
          "401": errorResponse("Not signed in"),
          "403": errorResponse("Not an admin"),
        },
      },
    },
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
