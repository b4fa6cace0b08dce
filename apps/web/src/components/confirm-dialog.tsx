"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button, type ButtonProps } from "@resq/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@resq/ui/dialog";
import { Spinner } from "@resq/ui/spinner";

/**
 * A button that asks before doing something that cannot be undone. The dialog stays open (with a
 * spinner) while `onConfirm` runs and closes when it resolves; on failure, `onConfirm` reports
 * the problem itself and the dialog closes too.
 */
export function ConfirmDialog({
  trigger,
  triggerProps,
  title,
  description,
  confirmLabel,
  pendingLabel,
  onConfirm,
}: {
  trigger: React.ReactNode;
  triggerProps?: ButtonProps;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  onConfirm: () => Promise<void>;
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);

  async function confirm() {
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
      setOpen(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" {...triggerProps}>
          {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent role="alertdialog" closeLabel={t("dialog.close")}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={pending}>
              {t("dialog.cancel")}
            </Button>
          </DialogClose>
          <Button variant="destructive" disabled={pending} onClick={() => void confirm()}>
            {pending ? <Spinner label={pendingLabel} className="text-current" /> : null}
            {confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
