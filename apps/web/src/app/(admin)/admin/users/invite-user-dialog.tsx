"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { createUserInput } from "@resq/api/admin-schemas";
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

type InviteValues = z.input<typeof createUserInput>;
const FIELDS = ["name", "email", "role"] as const;

/** Creates an account of any role; the person gets an email with a link to choose a password. */
export function InviteUserDialog() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.admin.createUser.mutationOptions());
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteValues, unknown, z.output<typeof createUserInput>>({
    resolver: zodResolver(createUserInput),
    mode: "onTouched",
    defaultValues: { name: "", email: "", role: "patient" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { id } = await create.mutateAsync(values);
      toast.success(`Invitation sent to ${values.email}.`);
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
          Invite user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Invite a user</DialogTitle>
            <DialogDescription>
              They get an email with a link to choose their password, valid for 7 days.
            </DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField label="Full name" id="invite-name" error={errors.name?.message} required>
            <Input
              autoComplete="off"
              {...form.register("name")}
              {...fieldAriaProps("invite-name", { error: errors.name?.message })}
            />
          </FormField>
          <FormField label="Email" id="invite-email" error={errors.email?.message} required>
            <Input
              type="email"
              autoComplete="off"
              {...form.register("email")}
              {...fieldAriaProps("invite-email", { error: errors.email?.message })}
            />
          </FormField>
          <FormField label="Role" id="invite-role" error={errors.role?.message} required>
            <select
              className={selectClass}
              {...form.register("role")}
              {...fieldAriaProps("invite-role", { error: errors.role?.message })}
            >
              <option value="patient">Patient</option>
              <option value="doctor">Doctor</option>
              <option value="admin">Admin</option>
            </select>
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={create.isPending}>
                Cancel
              </Button>
            </DialogClose>
            <SubmitButton pending={create.isPending} pendingLabel="Sending…">
              Send invitation
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
