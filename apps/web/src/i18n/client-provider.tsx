"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";

import type { Locale } from "@resq/api/locales";

import { missingMessage, reportIntlError } from "./fallback";

/** The catalogue for client components, with the same missing-message handling as the server. */
export function IntlProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: AbstractIntlMessages;
  children: React.ReactNode;
}) {
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone="UTC"
      onError={reportIntlError}
      getMessageFallback={missingMessage}
    >
      {children}
    </NextIntlClientProvider>
  );
}
