import { createRouter } from "../../trpc";
import {
  addOverride,
  onboarding,
  removeOverride,
  saveAvailability,
  saveBookingSettings,
  saveLicence,
  savePractice,
  saveProfile,
  saveService,
  submitForVerification,
} from "./onboarding";

/** A doctor's own practice: the onboarding wizard and later edits. */
export const practiceRouter = createRouter({
  onboarding,
  saveProfile,
  saveLicence,
  savePractice,
  saveService,
  saveAvailability,
  addOverride,
  removeOverride,
  saveBookingSettings,
  submitForVerification,
});
