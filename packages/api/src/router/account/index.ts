import { createRouter } from "../../trpc";
import { confirmEmailChange, requestEmailChange } from "./email";
import { setLocale } from "./locale";
import { me } from "./me";
import {
  beginMfaEnrolment,
  confirmMfaEnrolment,
  disableMfa,
  mfaStatus,
  regenerateMfaRecoveryCodes,
} from "./mfa";
import { changePassword } from "./password";
import { listSessions, revokeOtherSessions, revokeSession } from "./sessions";

export const accountRouter = createRouter({
  me,
  setLocale,
  listSessions,
  revokeSession,
  revokeOtherSessions,
  changePassword,
  requestEmailChange,
  confirmEmailChange,
  mfaStatus,
  beginMfaEnrolment,
  confirmMfaEnrolment,
  disableMfa,
  regenerateMfaRecoveryCodes,
});
