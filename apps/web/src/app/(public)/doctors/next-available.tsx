import { getTranslations } from "next-intl/server";

import { LocalTime } from "~/components/local-time";

/** "Next available: <time>", the moment in the viewer's own time zone. */
export async function NextAvailable({ at }: { at: Date | string }) {
  const t = await getTranslations("public.doctor");
  return t.rich("nextAvailable", { time: () => <LocalTime date={at} /> });
}
