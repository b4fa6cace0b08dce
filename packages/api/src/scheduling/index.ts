/** Appointment slot engine: pure functions, no database. See `slots.ts` for the semantics. */
export { computeFreeSlots, nextFreeSlot, MAX_RANGE_DAYS } from "./slots";
export {
  assertTimeZone,
  localDateOf,
  parseLocalDate,
  parseWallTime,
  utcToWallClock,
  wallClockToUtc,
  type LocalDate,
} from "./local-time";
export type {
  AvailabilityOverride,
  AvailabilityRule,
  BookingPolicy,
  BusyInterval,
  FreeSlot,
  SlotInput,
  SlotQuery,
  Weekday,
} from "./types";
