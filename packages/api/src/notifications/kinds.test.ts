import { describe, expect, it } from "vitest";

import { isNotificationKind, notificationKindNames, notificationKinds } from "./kinds";
import { effectiveChoice } from "./preferences";

describe("notification kinds", () => {
  it("each kind is named, reaches some role, and security alerts default on", () => {
    for (const kind of notificationKindNames) {
      const definition = notificationKinds[kind];
      expect(definition.label.length).toBeGreaterThan(0);
      expect(definition.roles.length).toBeGreaterThan(0);
      if ("locked" in definition)
        expect([definition.inApp, definition.email]).toEqual([true, true]);
    }
    expect(isNotificationKind("message.new")).toBe(true);
    expect(isNotificationKind("toString")).toBe(false);
  });

  it("a stored choice overrides the default, except for security alerts", () => {
    expect(effectiveChoice("record.new", undefined)).toEqual({ inApp: true, email: false });
    expect(effectiveChoice("record.new", { inApp: false, email: true })).toEqual({
      inApp: false,
      email: true,
    });
    expect(effectiveChoice("security.break_glass", { inApp: false, email: false })).toEqual({
      inApp: true,
      email: true,
    });
  });
});
