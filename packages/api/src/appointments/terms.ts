/**
 * The doctor's cancellation policy applied to one appointment: cancelling less than
 * `windowHours` before the start is a late cancellation, and the late-cancellation fee applies.
 */
export function cancellationTerms({
  startsAt,
  now,
  windowHours,
  lateFeeMinor,
}: {
  startsAt: Date;
  now: Date;
  windowHours: number;
  lateFeeMinor: number;
}): { late: boolean; feeMinor: number; windowHours: number } {
  const late = startsAt.getTime() - now.getTime() < windowHours * 3_600_000;
  return { late, feeMinor: late ? lateFeeMinor : 0, windowHours };
}
