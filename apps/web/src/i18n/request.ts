import { getRequestConfig } from "next-intl/server";

import { catalogues } from "./catalogue";
import { missingMessage, reportIntlError } from "./fallback";
import { requestLocale } from "./locale";

// next-intl reads this for every server render (see next.config.ts).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: catalogues[locale],
    // Moments on pages are shown in the viewer's zone by <LocalTime> in the browser; anything the
    // server formats itself is in UTC and says so.
    timeZone: "UTC",
    onError: reportIntlError,
    getMessageFallback: missingMessage,
  };
});
