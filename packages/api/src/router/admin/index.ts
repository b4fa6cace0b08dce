import { createRouter } from "../../trpc";
import { auditChainStatus, auditEvent, auditLog } from "./audit-log";
import { mailbox } from "./mailbox";
import { publicSettings, settings, updateSettings } from "./settings";
import { deleteUser, reactivateUser, suspendUser } from "./user-access";
import { createUser, updateUser } from "./user-accounts";
import { user, userList } from "./user-directory";
import { resetUserMfa } from "./users";

export const adminRouter = createRouter({
  mailbox,
  resetUserMfa,
  users: userList,
  user,
  createUser,
  updateUser,
  suspendUser,
  reactivateUser,
  deleteUser,
  settings,
  updateSettings,
  publicSettings,
  auditLog,
  auditEvent,
  auditChainStatus,
});
