import { openApiDocument } from "@resq/api/rest";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument);
}
