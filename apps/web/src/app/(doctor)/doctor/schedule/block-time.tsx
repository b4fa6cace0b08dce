"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { useTRPC } from "~/trpc/react";

import { BlockTimeForm } from "./block-time-form";
import { clockTime, dayLabel, dayTitle } from "./range";

export interface Block {
  id: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  note: string | null;
}

/** Ad hoc time off: a form to block time, and the upcoming blocks with Remove. */
export function BlockTime({
  blocks,
  today,
  defaultDate,
}: {
  blocks: Block[];
  today: string;
  defaultDate: string;
}) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.schedule.block");
  const locale = useLocale();
  const router = useRouter();

  /** "10:00–11:30", or the whole day. */
  function span(block: Block): string {
    return block.startTime && block.endTime
      ? `${clockTime(block.startTime, locale)}–${clockTime(block.endTime, locale)}`
      : t("wholeDay");
  }
  const remove = useMutation(trpc.practice.removeOverride.mutationOptions());

  async function removeBlock(block: Block) {
    try {
      await remove.mutateAsync({ id: block.id });
      toast.success(t("removed"));
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
    router.refresh();
  }

  return (
    <section
      aria-labelledby="block-title"
      className="grid gap-4 rounded-xl border bg-card p-4 shadow-sm sm:p-6"
    >
      <div className="grid gap-1">
        <h2 id="block-title" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <BlockTimeForm today={today} defaultDate={defaultDate} onAdded={() => router.refresh()} />
      <h3 className="font-semibold">{t("upcoming")}</h3>
      {blocks.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="grid gap-2">
          {blocks.map((block) => {
            const day = dayLabel(block.date, locale);
            return (
              <li
                key={block.id}
                data-testid="blocked-time"
                className="flex flex-col gap-2 rounded-md border p-3 text-sm sm:flex-row sm:items-center sm:justify-between"
              >
                <span>
                  <span className="font-medium">{dayTitle(block.date, locale)}</span>, {span(block)}
                  {block.note ? (
                    <span className="text-muted-foreground"> — {block.note}</span>
                  ) : null}
                </span>
                <ConfirmDialog
                  trigger={
                    <>
                      {t("remove")}
                      <span className="sr-only">
                        {" "}
                        {t("removeWhich", { date: day, span: span(block) })}
                      </span>
                    </>
                  }
                  title={t("removeTitle")}
                  description={t("removeDescription", { date: day, span: span(block) })}
                  confirmLabel={t("remove")}
                  pendingLabel={t("removing")}
                  onConfirm={() => removeBlock(block)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
