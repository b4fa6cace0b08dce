"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";

import { describeUserAgent, type UserAgentWords } from "./user-agent";

/** describeUserAgent in the page's language: `const describe = useDescribeUserAgent()`. */
export function useDescribeUserAgent(): (userAgent: string | null | undefined) => string {
  const t = useTranslations("common.userAgent");
  return useMemo(() => {
    const words: UserAgentWords = {
      unknown: t("unknown"),
      browserOn: (browser, system) => t("browserOn", { browser, system }),
      aBrowserOn: (system) => t("aBrowserOn", { system }),
    };
    return (userAgent) => describeUserAgent(userAgent, words);
  }, [t]);
}
