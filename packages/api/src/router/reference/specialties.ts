import { SPECIALTIES } from "@resq/db/reference";

import { publicProcedure } from "../../trpc";

/** The controlled list of specialties, for search filters and the doctor profile form. */
export const specialties = publicProcedure.query(() =>
  SPECIALTIES.map(({ slug, label, conditions }) => ({ slug, label, conditions: [...conditions] })),
);
