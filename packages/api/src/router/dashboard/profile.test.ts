import { describe, expect, it } from "vitest";

import { PROFILE_PARTS, profileCompleteness } from "./profile";

const full = {
  dateOfBirth: "1990-04-02",
  phone: "+1 555 0100",
  addressLine: "1 Main St",
  city: "Springfield",
  country: "US",
  emergencyContactName: "Sam Rivera",
  emergencyContactPhone: "+1 555 0101",
  timeZone: "America/New_York",
};

describe("profileCompleteness", () => {
  it("is complete when every part is filled", () => {
    expect(profileCompleteness(full)).toEqual({ missing: [], percent: 100 });
  });

  it("treats a missing profile as empty", () => {
    expect(profileCompleteness(null)).toEqual({ missing: [...PROFILE_PARTS], percent: 0 });
  });

  it("names each missing part; blanks and half an address or contact count as missing", () => {
    expect(
      profileCompleteness({ ...full, phone: "  ", city: null, emergencyContactPhone: null }),
    ).toEqual({ missing: ["phone number", "address", "emergency contact"], percent: 40 });
  });
});
