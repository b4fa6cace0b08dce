import { createRouter } from "../../trpc";
import { exportFhir, exportPdf } from "./export";
import { accessLog, get, summary, timeline } from "./read";
import {
  addAllergy,
  addImmunization,
  addLab,
  addPrescription,
  addProblem,
  amendNote,
  breakGlass,
  saveNoteDraft,
  signNote,
} from "./write";

/** The medical record: reading (patient, doctor with care or break-glass, admin by break-glass), writing, export. */
export const recordsRouter = createRouter({
  summary,
  timeline,
  get,
  accessLog,
  exportFhir,
  exportPdf,
  addProblem,
  addPrescription,
  addLab,
  addAllergy,
  addImmunization,
  saveNoteDraft,
  signNote,
  amendNote,
  breakGlass,
});
