import { createRouter } from "../../trpc";
import { checkPasswordReset, requestPasswordReset, resetPassword } from "./password-reset";
import { verifySecondFactor } from "./second-factor";
import { signIn } from "./sign-in";
import { sessionStatus, signOut } from "./sign-out";
import { signUp } from "./sign-up";
import { resendVerification, verifyEmail } from "./verify-email";

export const authRouter = createRouter({
  signUp,
  verifyEmail,
  resendVerification,
  signIn,
  verifySecondFactor,
  signOut,
  sessionStatus,
  requestPasswordReset,
  checkPasswordReset,
  resetPassword,
});
