import { createRouter } from "../../trpc";
import { specialties } from "./specialties";

export const referenceRouter = createRouter({ specialties });
