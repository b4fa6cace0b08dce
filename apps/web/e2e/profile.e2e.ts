import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { expectAxeCleanPage, signUpAndVerify, uniqueEmail } from "./helpers";

// The device's own zone, so the "use this device's time zone" button has something to offer.
test.use({ timezoneId: "America/Bogota" });

const PASSWORD = "Lighthouse meadow 5813";

/** The profile form's fields, by their visible labels (exact: "Phone number" ≠ "Contact phone number"). */
function fields(page: Page) {
  const exact = (label: string) => page.getByLabel(label, { exact: true });
  return {
    name: exact("Full name"),
    dateOfBirth: exact("Date of birth"),
    sexAtBirth: exact("Sex at birth"),
    phone: exact("Phone number"),
    addressLine: exact("Street address"),
    city: exact("City"),
    postalCode: exact("Postal code"),
    country: exact("Country"),
    contactName: exact("Contact name"),
    contactPhone: exact("Contact phone number"),
    timeZone: exact("Time zone"),
  };
}

test("a new patient completes their profile, finds it kept, and is told what is wrong", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(300_000);
  const name = "Noor Haddad";
  await page.goto("/sign-up");
  await signUpAndVerify(page, browser, baseURL!, {
    name,
    email: uniqueEmail(testInfo, "profile", "example.org"),
    password: PASSWORD,
  });
  await expect(page).toHaveURL(/\/patient$/);

  // A new patient's profile: only the name from sign-up, nothing else yet.
  await page.goto("/patient/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
  await expect(page).toHaveTitle("Your profile · RESQ");
  const completeness = page.getByTestId("profile-completeness");
  await expect(completeness).toContainText("0% complete");
  const f = fields(page);
  await expect(f.name).toHaveValue(name);
  await expect(f.dateOfBirth).toHaveValue("");
  await expect(page.getByRole("group", { name: "Emergency contact" })).toBeVisible();
  await expectAxeCleanPage(page);

  // Wrong values: each is named beside its field, read out with it, and nothing is saved.
  await f.dateOfBirth.fill(`${new Date().getUTCFullYear() + 1}-01-15`);
  await f.contactName.fill("Samir Haddad");
  await page.getByRole("button", { name: "Save profile" }).click();
  const futureBirth = "Your date of birth cannot be in the future.";
  const halfContact = "Add your emergency contact's phone number too, or clear their name.";
  await expect(page.getByText(futureBirth)).toBeVisible();
  await expect(f.dateOfBirth).toHaveAttribute("aria-invalid", "true");
  await expect(f.dateOfBirth).toHaveAccessibleDescription(futureBirth);
  await expect(f.dateOfBirth).toBeFocused();
  await expect(page.getByText(halfContact)).toBeVisible();
  await expect(f.contactPhone).toHaveAccessibleDescription(halfContact);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(f.contactName).toHaveValue("");
  await expect(completeness).toContainText("0% complete");

  // The whole profile, with the device's time zone from its button.
  await f.name.fill("Noor A. Haddad");
  await f.dateOfBirth.fill("1988-07-14");
  await f.sexAtBirth.selectOption({ label: "Prefer not to say" });
  await f.phone.fill("+57 601 555 0142");
  await f.addressLine.fill("Carrera 7 # 72-41, Apto 302");
  await f.city.fill("Bogotá");
  await f.postalCode.fill("110221");
  await f.country.fill("Colombia");
  await f.contactName.fill("Samir Haddad");
  await f.contactPhone.fill("+57 310 555 0199");
  await page.getByRole("button", { name: "Use this device's time zone (America/Bogota)" }).click();
  await expect(f.timeZone).toHaveValue("America/Bogota");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile was saved.")).toBeVisible();
  await expect(completeness).toContainText("100% complete");
  await expect(completeness).toContainText("Your profile is complete.");
  // The name is the account's: the header shows the new one.
  await expect(page.getByRole("banner")).toContainText("Noor A. Haddad");
  await expectNoAxeViolations(page);

  // Kept: a reload shows every value as saved.
  await page.reload();
  await expect(f.name).toHaveValue("Noor A. Haddad");
  await expect(f.dateOfBirth).toHaveValue("1988-07-14");
  await expect(f.sexAtBirth).toHaveValue("prefer_not_to_say");
  await expect(f.phone).toHaveValue("+57 601 555 0142");
  await expect(f.addressLine).toHaveValue("Carrera 7 # 72-41, Apto 302");
  await expect(f.city).toHaveValue("Bogotá");
  await expect(f.postalCode).toHaveValue("110221");
  await expect(f.country).toHaveValue("Colombia");
  await expect(f.contactName).toHaveValue("Samir Haddad");
  await expect(f.contactPhone).toHaveValue("+57 310 555 0199");
  await expect(f.timeZone).toHaveValue("America/Bogota");
  await expect(completeness).toContainText("100% complete");

  // A phone number with no digits to call is refused, and the saved one stays.
  await f.phone.fill("call me");
  await page.getByRole("button", { name: "Save profile" }).click();
  const badPhone = "Enter a phone number using digits, like +1 212 555 0100.";
  await expect(f.phone).toHaveAccessibleDescription(new RegExp(badPhone.replace(/[.+]/g, "\\$&")));
  await expect(f.phone).toBeFocused();
  await page.reload();
  await expect(f.phone).toHaveValue("+57 601 555 0142");

  // The dashboard counts the profile as complete too.
  await page.goto("/patient");
  await expect(page.getByTestId("panel-profile")).toContainText("100%");

  // In Spanish: the page is translated (a missing message would show as ⟦profile.key⟧).
  await page.goto("/patient/profile");
  await page.getByRole("contentinfo").getByLabel("Language").selectOption({ label: "Español" });
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Su perfil");
  await expect(page).toHaveTitle("Su perfil · RESQ");
  await expect(page.locator("body")).not.toContainText("⟦");
  await expect(page.getByLabel("Fecha de nacimiento", { exact: true })).toHaveValue("1988-07-14");
  await expect(page.getByRole("group", { name: "Contacto de emergencia" })).toBeVisible();
  await expectAxeCleanPage(page);
});
