"use client";

import { useTranslations } from "next-intl";

import { Button } from "@resq/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-semibold">{t("errorPage.title")}</h1>
      <p className="mt-4 text-muted-foreground">{t("errorPage.text")}</p>
      <Button className="mt-8" onClick={reset}>
        {t("errorPage.retry")}
      </Button>
    </div>
  );
}
