import { createRouter } from "../../trpc";
import { admin } from "./admin";
import { doctor } from "./doctor";
import { patient } from "./patient";

/**
 * The figures of each role's dashboard that no other procedure gives. The pages read the rest
 * (appointments, records, messages, verification) from their own areas' procedures.
 */
export const dashboardRouter = createRouter({ patient, doctor, admin });
