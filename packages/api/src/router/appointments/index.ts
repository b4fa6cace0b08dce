export { appointmentsRouter } from "./manage";
