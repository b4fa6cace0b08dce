import { createRouter } from "../../trpc";
import { me } from "./me";

export const accountRouter = createRouter({ me });
