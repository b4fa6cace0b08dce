import { createRouter } from "../../trpc";
import { get, update } from "./profile";

/**
 * The patient's own profile: personal details, contact, emergency contact and time zone, the
 * "complete your profile" step of the patient journey. Patients only; each reads and writes theirs.
 */
export const patientProfileRouter = createRouter({ get, update });
