"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { createUserInput, ROLES } from "@resq/api/admin-schemas";
import { Button } from "@resq/ui/button";
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
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { selectClass } from "../admin-page";
import { localizedResolver } from "../schema-messages";

type InviteValues = z.input<typeof createUserInput>;
const FIELDS = ["name", "email", "role"] as const;

/** Creates an account of any role; the person gets an email with a link to choose a password. */
export function InviteUserDialog() {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.admin.createUser.mutationOptions());
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useMemo(() => localizedResolver(zodResolver(createUserInput), t), [t]);
  const form = useForm<InviteValues, unknown, z.output<typeof createUserInput>>({
    resolver,
    mode: "onTouched",
    defaultValues: { name: "", email: "", role: "patient" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { id } = await create.mutateAsync(values);
      toast.success(t("users.invite.sent", { email: values.email }));
      setOpen(false);
      form.reset();
      router.push(`/admin/users/${id}`);
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  return (
    <Dialog open={open} onOpenChange={(next) => !create.isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button type="button">
          <UserPlus aria-hidden="true" />
          {t("users.invite.open")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{t("users.invite.title")}</DialogTitle>
            <DialogDescription>{t("users.invite.description")}</DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField
            label={t("users.invite.name")}
            id="invite-name"
            error={errors.name?.message}
            required
          >
            <Input
              autoComplete="off"
              {...form.register("name")}
              {...fieldAriaProps("invite-name", { error: errors.name?.message })}
            />
          </FormField>
          <FormField
            label={t("users.invite.email")}
            id="invite-email"
            error={errors.email?.message}
            required
          >
            <Input
              type="email"
              autoComplete="off"
              {...form.register("email")}
              {...fieldAriaProps("invite-email", { error: errors.email?.message })}
            />
          </FormField>
          <FormField
            label={t("users.invite.role")}
            id="invite-role"
            error={errors.role?.message}
            required
          >
            <select
              className={selectClass}
              {...form.register("role")}
              {...fieldAriaProps("invite-role", { error: errors.role?.message })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roleOptions.${role}`)}
                </option>
              ))}
            </select>
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={create.isPending}>
                {t("common.cancel")}
              </Button>
            </DialogClose>
            <SubmitButton pending={create.isPending} pendingLabel={t("users.invite.sending")}>
              {t("users.invite.send")}
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
