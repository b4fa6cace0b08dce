"use client";

import { useQuery } from "@tanstack/react-query";
import { ShieldAlert, ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";

import { Button } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

/** The hash chain's verification, run when the page opens and again on request. */
export function ChainStatus() {
  const t = useTranslations("admin.audit.chain");
  const trpc = useTRPC();
  const chain = useQuery(
    trpc.admin.auditChainStatus.queryOptions(undefined, { staleTime: Infinity, retry: false }),
  );
  const report = chain.data;

  return (
    <section
      aria-labelledby="chain-heading"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border p-4"
    >
      <div className="grid gap-1" aria-live="polite" aria-busy={chain.isFetching}>
        <h2 id="chain-heading" className="font-semibold">
          {t("title")}
        </h2>
        {chain.isFetching ? (
          <p className="flex items-center gap-2 text-sm">
            <Spinner label={t("checkingLabel")} /> {t("checking")}
          </p>
        ) : chain.isError ? (
          <p className="text-sm text-destructive">{t("failed")}</p>
        ) : report?.ok ? (
          <p className="flex items-center gap-2 text-sm" data-testid="chain-ok">
            <ShieldCheck aria-hidden="true" className="size-5 text-success" />
            {t.rich("intact", {
              checked: report.checked,
              time: () => <LocalTime date={report.checkedAt} />,
            })}
          </p>
        ) : report ? (
          <p className="flex items-center gap-2 text-sm font-medium text-destructive">
            <ShieldAlert aria-hidden="true" className="size-5" />
            {t("broken", {
              brokenAt: report.brokenAt,
              problem: t(
                report.problem === "link broken"
                  ? "problems.linkBroken"
                  : "problems.contentChanged",
              ),
              checked: report.checked,
            })}
          </p>
        ) : null}
      </div>
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={chain.isFetching}
        onClick={() => void chain.refetch()}
      >
        {t("checkAgain")}
      </Button>
    </section>
  );
}
