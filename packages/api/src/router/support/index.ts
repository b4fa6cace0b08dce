import { createRouter } from "../../trpc";
import { assign, assignees, queue, setStatus } from "./admin";
import { mine, open } from "./requester";
import { get, reply } from "./ticket";

/** Support tickets: patients and doctors ask, admins answer, assign and close. */
export const supportRouter = createRouter({
  open,
  mine,
  get,
  reply,
  queue,
  assignees,
  assign,
  setStatus,
});
