"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { CreditCard, ShieldCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { cardSchema } from "@resq/api/billing-schemas";
import { Button } from "@resq/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@resq/ui/dialog";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { formatMoney } from "~/components/format";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

export interface PaymentProviderInfo {
  name: "demo" | "stripe";
  label: string;
  flow: "card_form" | "redirect";
  demo: boolean;
}

interface Payable {
  id: string;
  number: string;
  balanceMinor: number;
  currency: string;
}

const cardForm = z.object({
  number: cardSchema.shape.number,
  expiry: cardSchema.shape.expiry,
  cvc: cardSchema.shape.cvc,
});
type CardValues = z.infer<typeof cardForm>;
const FIELDS = ["number", "expiry", "cvc"] as const;

/** A fresh key per payment attempt: a resent request with it is charged once. */
const newKey = () => `web-${crypto.randomUUID()}`;

/**
 * "Pay": with the demo processor, a card form in a dialog (and the card's second step when it asks
 * for one); with Stripe, a redirect to Stripe Checkout, which reports back by webhook.
 */
export function PayInvoice({
  invoice,
  provider,
}: {
  invoice: Payable;
  provider: PaymentProviderInfo;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(newKey);
  const [secondStep, setSecondStep] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const pay = useMutation(trpc.billing.pay.mutationOptions());
  const confirm = useMutation(trpc.billing.confirmPayment.mutationOptions());
  const form = useForm<CardValues>({
    resolver: zodResolver(cardForm),
    mode: "onTouched",
    defaultValues: { number: "", expiry: "", cvc: "" },
  });
  const { errors } = form.formState;
  const amount = formatMoney(invoice.balanceMinor, invoice.currency);

  function finished(message: string) {
    toast.success(message);
    setOpen(false);
    setSecondStep(null);
    router.refresh();
  }

  const onSubmit = form.handleSubmit(async (card) => {
    setFormError(null);
    try {
      const result = await pay.mutateAsync({ invoiceId: invoice.id, idempotencyKey: key, card });
      if (result.status === "succeeded") return finished(`Paid ${amount}. Thank you!`);
      // Anything else ends this attempt: the next try is a new payment with a new key.
      setKey(newKey());
      if (result.status === "requires_action") setSecondStep(result.attemptId);
      else setFormError(result.failureMessage ?? "The payment did not go through.");
    } catch (error) {
      setKey(newKey());
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  async function completeSecondStep(approve: boolean) {
    if (!secondStep) return;
    try {
      const result = await confirm.mutateAsync({ attemptId: secondStep, approve });
      if (result.status === "succeeded") return finished(`Paid ${amount}. Thank you!`);
      setSecondStep(null);
      setFormError(result.failureMessage ?? "The payment was not confirmed.");
    } catch (error) {
      setSecondStep(null);
      setFormError(apiProblem(error).message);
    }
  }

  async function checkout() {
    try {
      const result = await pay.mutateAsync({ invoiceId: invoice.id, idempotencyKey: key });
      if (result.redirectUrl) window.location.assign(result.redirectUrl);
      else toast.error(result.failureMessage ?? "Stripe could not start the payment.");
    } catch (error) {
      setKey(newKey());
      toast.error(apiProblem(error).message);
    }
  }

  if (provider.flow === "redirect")
    return (
      <Button onClick={() => void checkout()} disabled={pay.isPending}>
        <CreditCard aria-hidden="true" />
        Pay {amount}
        <span className="sr-only"> of invoice {invoice.number}</span>
      </Button>
    );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setSecondStep(null);
          setFormError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <CreditCard aria-hidden="true" />
          Pay {amount}
          <span className="sr-only"> of invoice {invoice.number}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Pay invoice {invoice.number}</DialogTitle>
          <DialogDescription>
            {amount} by card.{" "}
            {provider.demo ? "Demo processor: no real money moves." : provider.label}
          </DialogDescription>
        </DialogHeader>
        {secondStep ? (
          <div className="grid gap-4">
            <p className="flex items-start gap-2 text-sm">
              <ShieldCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
              Your card&apos;s bank asks you to confirm this payment (a demo of a second step such
              as 3-D Secure).
            </p>
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => void completeSecondStep(true)} disabled={confirm.isPending}>
                Confirm payment
              </Button>
              <Button
                variant="outline"
                onClick={() => void completeSecondStep(false)}
                disabled={confirm.isPending}
              >
                Do not confirm
              </Button>
            </div>
          </div>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
            <FormAlert message={formError} />
            <FormField label="Card number" id="card-number" error={errors.number?.message} required>
              <Input
                inputMode="numeric"
                autoComplete="cc-number"
                placeholder="4242 4242 4242 4242"
                {...form.register("number")}
                {...fieldAriaProps("card-number", { error: errors.number?.message })}
              />
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField
                label="Expiry (MM/YY)"
                id="card-expiry"
                error={errors.expiry?.message}
                required
              >
                <Input
                  autoComplete="cc-exp"
                  placeholder="12/30"
                  {...form.register("expiry")}
                  {...fieldAriaProps("card-expiry", { error: errors.expiry?.message })}
                />
              </FormField>
              <FormField label="Security code" id="card-cvc" error={errors.cvc?.message} required>
                <Input
                  inputMode="numeric"
                  autoComplete="cc-csc"
                  placeholder="123"
                  {...form.register("cvc")}
                  {...fieldAriaProps("card-cvc", { error: errors.cvc?.message })}
                />
              </FormField>
            </div>
            {provider.demo ? (
              <p className="text-sm text-muted-foreground">
                Demo cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0025
                0000 3155 asks for a second step. Any future expiry and any 3 digits.
              </p>
            ) : null}
            <div>
              <SubmitButton pending={pay.isPending} pendingLabel="Paying…">
                Pay {amount}
              </SubmitButton>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
