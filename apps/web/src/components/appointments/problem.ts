import { TRPCClientError } from "@trpc/client";

export interface FreeTime {
  startsAt: Date;
  endsAt: Date;
}

/** Free times the API attached to a SLOT_UNAVAILABLE answer (`details.alternatives`), if any. */
export function alternativesFrom(error: unknown): FreeTime[] {
  if (!(error instanceof TRPCClientError)) return [];
  const details = (error.data as { details?: { alternatives?: unknown } } | undefined)?.details;
  const list = Array.isArray(details?.alternatives) ? details.alternatives : [];
  return list
    .map((item) => item as { startsAt?: unknown; endsAt?: unknown })
    .map((item) => ({
      startsAt: new Date(String(item.startsAt)),
      endsAt: new Date(String(item.endsAt)),
    }))
    .filter((slot) => !Number.isNaN(slot.startsAt.getTime()));
}
