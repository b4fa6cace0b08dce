/** The billing part of the OpenAPI document (paths and schemas), spread into openapi.ts. */
const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const money = { type: "integer", description: "Integer minor units of `currency` (cents)" };
const pageParameters = [
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
  {
    name: "pageSize",
    in: "query",
    schema: { type: "integer", minimum: 1, maximum: 100, default: 20 },
  },
];

export const billingSchemas = {
  Invoice: {
    type: "object",
    required: ["id", "number", "status", "currency", "totalMinor", "balanceMinor", "dueDate"],
    properties: {
      id: { type: "string", format: "uuid" },
      number: { type: "string", example: "INV-2026-00042" },
      kind: { type: "string", enum: ["visit", "late_cancellation", "no_show", "manual"] },
      status: { type: "string", enum: ["draft", "open", "paid", "void"] },
      currency: { type: "string", example: "USD" },
      totalMinor: money,
      paidMinor: money,
      refundedMinor: money,
      balanceMinor: { ...money, description: "What is still owed (open invoices only)" },
      dueDate: { type: "string", format: "date" },
      issuedAt: { type: "string", format: "date-time", nullable: true },
      paidAt: { type: "string", format: "date-time", nullable: true },
      createdAt: { type: "string", format: "date-time" },
      appointmentId: { type: "string", format: "uuid", nullable: true },
      patientId: { type: "string", format: "uuid" },
      practiceId: { type: "string", format: "uuid" },
      practiceName: { type: "string" },
    },
  },
  Payment: {
    type: "object",
    required: ["id", "invoiceId", "kind", "method", "amountMinor", "currency", "occurredAt"],
    properties: {
      id: { type: "string", format: "uuid" },
      invoiceId: { type: "string", format: "uuid" },
      invoiceNumber: { type: "string" },
      kind: { type: "string", enum: ["payment", "offline_payment", "refund"] },
      method: { type: "string", enum: ["card", "cash", "card_terminal", "insurance"] },
      amountMinor: money,
      currency: { type: "string" },
      occurredAt: { type: "string", format: "date-time" },
      reason: { type: "string", nullable: true, description: "Refunds: why" },
    },
  },
} as const;

export const billingPaths = {
  "/api/billing/invoices/": {
    get: {
      summary: "The caller's invoices (a patient's own; a doctor's practice's), newest first",
      security: [{ bearer: [] }],
      parameters: [
        {
          name: "status",
          in: "query",
          schema: { type: "string", enum: ["draft", "open", "paid", "void"] },
        },
        ...pageParameters,
      ],
      responses: {
        "200": {
          description: "A page of invoices (Cache-Control: no-store)",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  items: { type: "array", items: { $ref: "#/components/schemas/Invoice" } },
                  page: { type: "integer" },
                  pageSize: { type: "integer" },
                  total: { type: "integer" },
                },
              },
            },
          },
        },
        "400": errorResponse("Invalid query (fields names the parameter)"),
        "401": errorResponse("No or invalid bearer token"),
      },
    },
  },
  "/api/billing/invoices/{id}/": {
    get: {
      summary: "One invoice with its lines and money movements",
      security: [{ bearer: [] }],
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      ],
      responses: {
        "200": {
          description: "The invoice",
          content: {
            "application/json": {
              schema: {
                allOf: [
                  { $ref: "#/components/schemas/Invoice" },
                  {
                    type: "object",
                    properties: {
                      lines: {
                        type: "array",
                        items: {
                          type: "object",
                          properties: {
                            description: { type: "string" },
                            quantity: { type: "integer" },
                            unitPriceMinor: money,
                            amountMinor: money,
                          },
                        },
                      },
                      payments: { type: "array", items: { type: "object" } },
                    },
                  },
                ],
              },
            },
          },
        },
        "401": errorResponse("No or invalid bearer token"),
        "404": errorResponse("Not found, or not the caller's"),
      },
    },
  },
  "/api/billing/payments/": {
    get: {
      summary: "The calling patient's payments and refunds, newest first",
      security: [{ bearer: [] }],
      parameters: pageParameters,
      responses: {
        "200": {
          description: "A page of payments",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  items: { type: "array", items: { $ref: "#/components/schemas/Payment" } },
                  page: { type: "integer" },
                  pageSize: { type: "integer" },
                  total: { type: "integer" },
                },
              },
            },
          },
        },
        "401": errorResponse("No or invalid bearer token"),
        "403": errorResponse("Not a patient"),
      },
    },
  },
  "/api/billing/webhooks/stripe/": {
    post: {
      summary:
        "Stripe's signed webhook events (checkout.session.*): verified with STRIPE_WEBHOOK_SECRET, each applied once",
      parameters: [
        { name: "Stripe-Signature", in: "header", required: true, schema: { type: "string" } },
      ],
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object" } } },
      },
      responses: {
        "200": {
          description: "Received (a repeated event changes nothing)",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  received: { type: "boolean" },
                  outcome: { type: "string", enum: ["processed", "duplicate", "ignored"] },
                },
              },
            },
          },
        },
        "400": errorResponse("Missing or invalid signature; nothing written"),
        "404": errorResponse("Stripe is not configured"),
      },
    },
  },
} as const;
