import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { catalogues } from "../../../../i18n/catalogue";

import {
  activeUsersSummary,
  adoptionSummary,
  appointmentsSummary,
  dayLabel,
  funnelSummary,
  messagesSummary,
  supportSummary,
} from "./summaries";

const t = createTranslator({ locale: "en", messages: catalogues.en, namespace: "admin" });
const es = createTranslator({ locale: "es", messages: catalogues.es, namespace: "admin" });

describe("analytics chart summaries", () => {
  it("labels a day as that calendar day, whatever the viewer's zone", () => {
    expect(dayLabel("2025-03-05", "en")).toBe("Mar 5, 2025");
    expect(dayLabel("2025-03-05", "en", false)).toBe("Mar 5");
    expect(dayLabel("2025-03-05", "es")).toBe("5 mar 2025");
  });

  it("summarises the funnel per role", () => {
    const stages = (counts: number[], percents: number[]) =>
      counts.map((count, i) => ({ key: String(i), count, percentOfRegistered: percents[i] ?? 0 }));
    const byRole = [
      { role: "patient" as const, stages: stages([3, 2, 1, 1], [100, 67, 33, 33]) },
      { role: "doctor" as const, stages: stages([0, 0, 0, 0], [0, 0, 0, 0]) },
    ];
    expect(funnelSummary(t, byRole)).toBe(
      "Of 3 patients who signed up, 2 verified their email (67%), 1 completed their profile (33%) and 1 booked an appointment (33%). No doctors signed up.",
    );
    expect(funnelSummary(es, byRole)).toBe(
      "De 3 pacientes que se registraron, 2 verificaron su correo electrónico (67 %), 1 completó su perfil (33 %) y 1 reservó una cita (33 %). No se registró ningún médico.",
    );
  });

  it("names totals and the busiest day, or says that nothing happened", () => {
    expect(
      appointmentsSummary(t, "en", [
        { day: "2025-03-05", bookings: 2, cancellations: 0, noShows: 0 },
        { day: "2025-03-06", bookings: 0, cancellations: 1, noShows: 1 },
      ]),
    ).toBe(
      "2 bookings, 1 cancellation and 1 no-show over 2 days; most bookings on Mar 5, 2025 (2).",
    );
    expect(
      appointmentsSummary(t, "en", [
        { day: "2025-03-05", bookings: 0, cancellations: 0, noShows: 0 },
      ]),
    ).toBe("No appointments were booked, cancelled or missed in this range.");
    expect(messagesSummary(t, "en", [{ day: "2025-03-05", messages: 1 }])).toBe(
      "1 message sent over 1 day; the busiest day was Mar 5, 2025 with 1.",
    );
    expect(
      activeUsersSummary(
        t,
        "en",
        [
          { day: "2025-03-05", users: 3 },
          { day: "2025-03-06", users: 0 },
        ],
        [{ week: "2025-03-03", users: 3 }],
      ),
    ).toBe(
      "On average 1.5 people were active a day; the busiest day was Mar 5, 2025 with 3, the busiest week the one of Mar 3, 2025 with 3.",
    );
    expect(activeUsersSummary(t, "en", [], [])).toBe("Nobody was active in this range.");
    expect(
      activeUsersSummary(
        es,
        "es",
        [
          { day: "2025-03-05", users: 3 },
          { day: "2025-03-06", users: 0 },
        ],
        [],
      ),
    ).toBe(
      "Una media de 1,5 personas activas al día; el día con más actividad fue el 5 mar 2025, con 3.",
    );
  });

  it("summarises adoption and support", () => {
    expect(
      adoptionSummary(t, "en", {
        users: 4,
        features: [{ label: "Paid online", users: 1, percent: 25 }],
      }),
    ).toBe("Of 4 active patient and doctor accounts: paid online 25% (1).");
    expect(
      supportSummary(t, { opened: 3, answered: 2, waiting: 1, medianHoursToFirstAnswer: 3 }),
    ).toBe(
      "3 requests opened, 2 answered; half were first answered within 3 hours; 1 still waiting for a first answer.",
    );
    expect(
      supportSummary(t, { opened: 1, answered: 1, waiting: 0, medianHoursToFirstAnswer: 1 }),
    ).toBe("1 request opened, 1 answered; half were first answered within 1 hour.");
    expect(
      supportSummary(t, { opened: 2, answered: 0, waiting: 2, medianHoursToFirstAnswer: null }),
    ).toBe("2 requests opened, 0 answered; 2 still waiting for a first answer.");
    expect(
      supportSummary(t, { opened: 0, answered: 0, waiting: 0, medianHoursToFirstAnswer: null }),
    ).toBe("No support requests were opened in this range.");
  });
});
