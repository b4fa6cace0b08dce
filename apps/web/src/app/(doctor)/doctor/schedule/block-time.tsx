"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { useTRPC } from "~/trpc/react";

import { BlockTimeForm } from "./block-time-form";
import { dayLabel } from "./range";

export interface Block {
  id: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  note: string | null;
}

function span(block: Block): string {
  return block.startTime && block.endTime ? `${block.startTime}–${block.endTime}` : "The whole day";
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
  const router = useRouter();
  const remove = useMutation(trpc.practice.removeOverride.mutationOptions());

  async function removeBlock(block: Block) {
    try {
      await remove.mutateAsync({ id: block.id });
      toast.success("The blocked time was removed: patients can book it again.");
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
          Block time
        </h2>
        <p className="text-sm text-muted-foreground">
          Take time off your bookable hours. Appointments already booked then stay booked: cancel
          them separately if you need to.
        </p>
      </div>
      <BlockTimeForm today={today} defaultDate={defaultDate} onAdded={() => router.refresh()} />
      <h3 className="font-semibold">Upcoming blocked time</h3>
      {blocks.length === 0 ? (
        <p className="text-sm text-muted-foreground">No time is blocked.</p>
      ) : (
        <ul className="grid gap-2">
          {blocks.map((block) => (
            <li
              key={block.id}
              data-testid="blocked-time"
              className="flex flex-col gap-2 rounded-md border p-3 text-sm sm:flex-row sm:items-center sm:justify-between"
            >
              <span>
                <span className="font-medium">{dayLabel(block.date)}</span>, {span(block)}
                {block.note ? <span className="text-muted-foreground"> — {block.note}</span> : null}
              </span>
              <ConfirmDialog
                trigger={
                  <>
                    Remove
                    <span className="sr-only">
                      {" "}
                      blocked time on {dayLabel(block.date)}, {span(block)}
                    </span>
                  </>
                }
                title="Remove this blocked time?"
                description={`${dayLabel(block.date)}, ${span(block)} becomes bookable again.`}
                confirmLabel="Remove"
                pendingLabel="Removing…"
                onConfirm={() => removeBlock(block)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
