import { callerLocale, type Context } from "../context";
import { createCaller } from "../root";
import { AppError } from "../trpc";
import { jsonResponse, toErrorResponse } from "./http";

/** GET /api/medical-records/records/ — the caller's own record (patients) or a patient's (doctors: ?patientId=). */
export async function restListRecords(request: Request, ctx: Context): Promise<Response> {
  try {
    if (!ctx.caller)
      throw new AppError(
        "UNAUTHORIZED",
        "UNAUTHENTICATED",
        "Send a bearer access token (POST /api/auth/login/).",
      );
    const url = new URL(request.url);
    const patientId = url.searchParams.get("patientId") ?? undefined;
    const page = Number(url.searchParams.get("page") ?? 1);
    const result = await createCaller(ctx).records.timeline({
      patientId,
      page: Number.isFinite(page) ? page : 1,
      pageSize: 100,
    });
    return jsonResponse({
      items: result.items.map((item) => ({
        id: item.id,
        type: item.type,
        title: item.title,
        recordedAt: item.recordedAt.toISOString(),
        detail: item.detail,
      })),
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
    });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/** GET /api/medical-records/records/{id}/ — one record; 404 when it is not the caller's to see. */
export async function restGetRecord(
  _request: Request,
  ctx: Context,
  id: string,
): Promise<Response> {
  try {
    if (!ctx.caller)
      throw new AppError(
        "UNAUTHORIZED",
        "UNAUTHENTICATED",
        "Send a bearer access token (POST /api/auth/login/).",
      );
    const { type, record } = await createCaller(ctx).records.get({ id });
    return jsonResponse({ id, type, ...JSON.parse(JSON.stringify(record)) });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}
