import { createRouter } from "../../trpc";
import { mailbox } from "./mailbox";
import { resetUserMfa } from "./users";

export const adminRouter = createRouter({ mailbox, resetUserMfa });
