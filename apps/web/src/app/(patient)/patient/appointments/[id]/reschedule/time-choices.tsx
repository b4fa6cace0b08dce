"use client";

import { useId } from "react";

import { cn } from "@resq/ui/cn";

import type { SlotDay } from "~/components/slots";

/** Free times by day as one radio group: the chosen one is marked, arrow keys move within it. */
export function TimeChoices<Slot extends { startsAt: Date }>({
  days,
  chosen,
  onChoose,
  legend,
}: {
  days: SlotDay<Slot>[];
  chosen: Date | null;
  onChoose: (startsAt: Date) => void;
  legend: string;
}) {
  const name = useId();
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-2 font-medium">{legend}</legend>
      {days.map((day) => (
        <div key={day.key} className="grid gap-2">
          <p className="text-sm font-medium">{day.label}</p>
          <div className="flex flex-wrap gap-2">
            {day.slots.map((slot) => {
              const checked = chosen?.getTime() === slot.startsAt.getTime();
              return (
                <label
                  key={slot.startsAt.toISOString()}
                  className={cn(
                    "inline-flex h-9 cursor-pointer items-center rounded-md border px-3 text-sm",
                    "has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-primary-foreground",
                    "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                  )}
                >
                  <input
                    type="radio"
                    name={name}
                    value={slot.startsAt.toISOString()}
                    checked={checked}
                    onChange={() => onChoose(slot.startsAt)}
                    className="sr-only"
                  />
                  <span className="sr-only">{day.label}, </span>
                  {slot.time}
                </label>
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
