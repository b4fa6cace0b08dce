import { createRouter } from "../../trpc";
import { doctor, slots } from "./doctor";
import { filters, search } from "./search";

/** The public doctor directory: search, profiles and free times. No sign-in needed. */
export const directoryRouter = createRouter({ search, filters, doctor, slots });
